import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FIGURE_TEXT_KEY, type FigureText } from '../../../src/views/export/figure-text';
import { useFigureText } from '../../../src/views/export/use-figure-text';

/** A button that asks for a figure's words, as the export buttons do, and shows what it got. */
function Asker({ defaultTitle = 'Initiatives by sector' }: { defaultTitle?: string }) {
  const { ask, dialog } = useFigureText();
  const [got, setGot] = useState<FigureText | null | undefined>(undefined);
  return (
    <>
      <button type="button" onClick={() => void ask('chart:sectors', 'the chart image', defaultTitle).then(setGot)}>
        PNG
      </button>
      <output>{got === undefined ? 'waiting' : JSON.stringify(got)}</output>
      {dialog}
    </>
  );
}

describe('useFigureText and FigureTextDialog', () => {
  afterEach(() => sessionStorage.clear());

  it('offers the default title, selected, and Enter accepts it at once', async () => {
    const user = userEvent.setup();
    render(<Asker />);
    await user.click(screen.getByRole('button', { name: 'PNG' }));
    const dialog = screen.getByRole('dialog', { name: 'Title and note for the chart image' });
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Initiatives by sector');
    expect(title).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('');
    await user.keyboard('{Enter}');
    expect(dialog).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(JSON.stringify({ title: 'Initiatives by sector', note: '' }));
    expect(screen.getByRole('button', { name: 'PNG' })).toHaveFocus();
  });

  it('takes a custom title and note, and offers them again for the rest of the session', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Asker />);
    await user.click(screen.getByRole('button', { name: 'PNG' }));
    // Typing replaces the selected default.
    await user.keyboard('Sectors of CATL');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), '  Draft for the June report ');
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(screen.getByRole('status')).toHaveTextContent(JSON.stringify({ title: 'Sectors of CATL', note: 'Draft for the June report' }));
    expect(sessionStorage.getItem(FIGURE_TEXT_KEY)).toContain('Sectors of CATL');
    unmount();

    render(<Asker />);
    await user.click(screen.getByRole('button', { name: 'PNG' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Sectors of CATL');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Draft for the June report');
  });

  it('offers the new default when the default title changed (another language), and the default for an emptied title', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Asker />);
    await user.click(screen.getByRole('button', { name: 'PNG' }));
    await user.clear(screen.getByRole('textbox', { name: 'Title' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(JSON.stringify({ title: 'Initiatives by sector', note: '' }));
    rerender(<Asker defaultTitle="按领域统计的举措" />);
    await user.click(screen.getByRole('button', { name: 'PNG' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('按领域统计的举措');
  });

  it('writes nothing when cancelled with Esc or Cancel', async () => {
    const user = userEvent.setup();
    render(<Asker />);
    await user.click(screen.getByRole('button', { name: 'PNG' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('null');
    await user.click(screen.getByRole('button', { name: 'PNG' }));
    await act(() => user.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(screen.getByRole('status')).toHaveTextContent('null');
    expect(sessionStorage.getItem(FIGURE_TEXT_KEY)).toBeNull();
  });
});
