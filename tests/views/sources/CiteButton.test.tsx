import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CiteButton } from '../../../src/views/sources/CiteButton';

function renderCite() {
  return render(<CiteButton label="Cite" name="Cite this initiative" heading="Cite this initiative" cite={(f) => `A citation of ${f.day(0)}.`} />);
}

describe('CiteButton', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the citation in a dialog and copies it to the clipboard, saying so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderCite();
    const button = screen.getByRole('button', { name: 'Cite this initiative' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Cite this initiative' }, { timeout: 10_000 });
    expect(dialog).toHaveTextContent('A citation of 1 Jan 1970.');
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('A citation of 1 Jan 1970.');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('says to copy by hand when the clipboard refuses, and selects the text', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderCite();
    await user.click(screen.getByRole('button', { name: 'Cite this initiative' }));
    await user.click(await screen.findByRole('button', { name: 'Copy' }, { timeout: 10_000 }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy: select the text and copy it by hand.');
    expect(window.getSelection()?.toString()).toBe('A citation of 1 Jan 1970.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
