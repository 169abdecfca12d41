import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Header } from '../../../src/views/shell/Header';

const manifest = { title: 'Carbon initiatives', synthetic: false, files: { initiatives: 'i', organisations: 'o', sectors: 's', sources: 'x', gazetteer: 'g' } };

describe(Header, () => {
  it('shows the count, marked busy while it is being recounted', () => {
    const { rerender } = render(<Header manifest={manifest} shown={1200} total={10000} updating />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Showing 1,200 of 10,000 initiatives');
    expect(status).toHaveAttribute('aria-busy', 'true');
    rerender(<Header manifest={manifest} shown={800} total={10000} />);
    expect(status).toHaveAttribute('aria-busy', 'false');
    expect(status).toHaveTextContent('Showing 800 of 10,000 initiatives');
  });
});
