import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/dataset';
import type { Source } from '../../../src/data/schema';
import { SourceList } from '../../../src/views/details/SourceList';
import { realDataset } from '../../real-dataset';

const dataset = realDataset();
const record = (id: string) => dataset.initiatives.find((i) => i.id === id)!;

function withSource(id: string, more: Partial<Source>): Dataset {
  const sources = new Map(dataset.sources);
  sources.set(id, { ...dataset.sources.get(id)!, ...more });
  return { ...dataset, sources };
}

function renderList(data: Dataset, initiativeId: string, refs = record(initiativeId).sources) {
  const client = new QueryClient();
  return render(
    <QueryClientProvider client={client}>
      <SourceList dataset={data} record={{ ...record(initiativeId), sources: refs }} />
    </QueryClientProvider>,
  );
}

describe('SourceList', () => {
  it('links the original address, the access day and the archived copy when the source records them', () => {
    const data = withSource('gasgoo-catl-cecep-fangda', { url: 'https://example.org/gasgoo/article-1', accessed: '2025-03-01', archiveUrl: 'https://web.archive.org/web/2025/https://example.org/gasgoo/article-1' });
    renderList(data, 'cecep-catl-energy-storage-agreement');
    const original = screen.getByRole('link', { name: /^https:\/\/example\.org\/gasgoo\/article-1\s?\(opens in a new tab\)$/ });
    expect(original).toHaveAttribute('href', 'https://example.org/gasgoo/article-1');
    expect(original).toHaveAttribute('target', '_blank');
    expect(original).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText(/accessed 1 Mar 2025/)).toBeInTheDocument();
    const archive = screen.getByRole('link', { name: /^https:\/\/web\.archive\.org\/web\/2025\// });
    expect(archive).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByText('Original address not recorded')).not.toBeInTheDocument();
  });

  it('says plainly that the original address was not recorded, and invents no link', () => {
    renderList(dataset, 'cecep-catl-energy-storage-agreement');
    expect(screen.getByText('Original address not recorded')).toBeInTheDocument();
    expect(screen.queryByText(/accessed/)).not.toBeInTheDocument();
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('opens the archived text in a dialog with every quote of the record highlighted; Esc closes it and the focus returns', async () => {
    const user = userEvent.setup();
    renderList(dataset, 'cecep-catl-energy-storage-agreement');
    const button = screen.getByRole('button', { name: 'Read the archived text' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Archived text Untitled article' }, { timeout: 10_000 });
    await waitFor(() => expect(dialog.querySelectorAll('mark').length).toBeGreaterThan(0), { timeout: 10_000 });
    const quotes = record('cecep-catl-energy-storage-agreement').sources[0]!.quotes;
    const marked = new Set([...dialog.querySelectorAll('mark')].flatMap((m) => m.getAttribute('data-quotes')!.split(' ')));
    expect(marked.size).toBe(quotes.length);
    expect(dialog.querySelector('article')).toHaveAttribute('lang', 'ru');
    // The first quote's mark holds the Russian words; the side list gives the curator's English translation.
    expect(dialog.querySelector('mark[data-quotes~="0"]')).toHaveTextContent(/Китайская группа по энергосбережению/);
    const list = within(dialog).getByRole('complementary', { name: 'Quotes of this initiative' });
    expect(within(list).getByRole('button', { name: /^Quote 1 “On 25 February the China Energy Conservation/ })).toBeInTheDocument();
    expect(within(list).getAllByText("Curator's translation")).toHaveLength(quotes.length);
    expect(list).toHaveTextContent('3 of 3 quotes highlighted in the text.');
    expect(within(dialog).getByRole('link', { name: 'Open the plain text file' })).toHaveAttribute('href', '/data/sources/gasgoo-catl-cecep-fangda.ru.txt');
    await user.click(within(list).getByRole('button', { name: /^Quote 2 / }));
    expect(dialog.querySelector('mark.current')).toHaveAttribute('data-quotes', '1');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('lists a quote the archived text does not hold as not found, with the words looked for', async () => {
    const user = userEvent.setup();
    const [ref] = record('cecep-catl-energy-storage-agreement').sources;
    const missing = { text: 'Этих слов нет в тексте', translations: { en: 'These words are not in the text' }, supports: ['date'] };
    renderList(dataset, 'cecep-catl-energy-storage-agreement', [{ ...ref!, quotes: [ref!.quotes[0]!, missing] }]);
    await user.click(screen.getByRole('button', { name: 'Read the archived text' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    const list = await within(dialog).findByRole('complementary', { name: 'Quotes of this initiative' });
    await waitFor(() => expect(list).toHaveTextContent('1 of 2 quotes highlighted in the text.'), { timeout: 10_000 });
    const item = within(list).getAllByRole('listitem')[1]!;
    expect(item).toHaveTextContent('Not found in the archived text');
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
    expect(within(item).getByText('“Этих слов нет в тексте”')).toHaveAttribute('lang', 'ru');
    expect(new Set([...dialog.querySelectorAll('mark')].map((m) => m.getAttribute('data-quotes')))).toEqual(new Set(['0']));
  });

  it('checks every quote against the archived text and says so above one it does not hold', async () => {
    const [ref] = record('cecep-catl-energy-storage-agreement').sources;
    const missing = { text: 'Этих слов нет в тексте', translations: { en: 'These words are not in the text' }, supports: ['date'] };
    const { container } = renderList(dataset, 'cecep-catl-energy-storage-agreement', [{ ...ref!, quotes: [ref!.quotes[0]!, missing, ref!.quotes[1]!] }]);
    await waitFor(() => expect(container.querySelectorAll('.quote[data-check="checking"]')).toHaveLength(0), { timeout: 10_000 });
    const quotes = [...container.querySelectorAll('.quote')];
    expect(quotes.map((q) => q.getAttribute('data-check'))).toEqual(['found', 'not-found', 'found']);
    const note = within(quotes[1] as HTMLElement).getByRole('note');
    expect(note).toHaveTextContent('Not found in the archived text These words are not in the archived text of the source: treat the quote as unverified.');
    expect(within(quotes[0] as HTMLElement).queryByRole('note')).not.toBeInTheDocument();
  });

  it('says a quote was not checked when its archived text cannot be read', async () => {
    const data = withSource('gasgoo-catl-cecep-fangda', { file: 'sources/no-such-file.ru.txt' });
    const { container } = renderList(data, 'cecep-catl-energy-storage-agreement');
    await waitFor(() => expect(container.querySelectorAll('.quote[data-check="unchecked"]')).toHaveLength(3), { timeout: 10_000 });
    expect(screen.getAllByRole('note')[0]).toHaveTextContent('Not checked');
  });
});
