import { describe, expect, it } from 'vitest';
import { applyDraft, changedFiles } from '../../src/curate/apply-draft';
import { checkDraft, problemsAt } from '../../src/curate/check-draft';
import type { CurateDraft, JsonObject } from '../../src/curate/curate-types';
import { newOrganisation, newSource } from '../../src/curate/new-records';
import { readBaseFromDisk } from './base-dataset';
import { changedLineRange, recordLines } from './dataset-copy';

const base = await readBaseFromDisk();
const records = (key: 'initiatives' | 'organisations') => base.files[key].json[key] as JsonObject[];
const editing = (id: string, change: (record: JsonObject) => JsonObject): CurateDraft => {
  const record = records('initiatives').find((r) => r.id === id)!;
  return { editing: id, initiative: change(structuredClone(record)), newSources: [], newOrganisations: [] };
};

const ARTICLE = 'On 1 March the city of Huzhou and Example Partner signed a memorandum on cold-chain logistics.\nMore text.';

/** A new initiative from a pasted article, with a new organisation: every value typed by the test. */
function newInitiativeDraft(): CurateDraft {
  return {
    editing: null,
    initiative: {
      sources: [{ source: 'pasted-article', quotes: [{ text: 'the city of Huzhou and Example Partner signed a memorandum', supports: ['title', 'parties', 'places', 'instrument', 'status'] }] }],
      title: 'Huzhou memorandum on cold-chain logistics',
      id: 'huzhou-cold-chain-memorandum',
      summary: 'The city of Huzhou and Example Partner signed a memorandum on cold-chain logistics.',
      instrument: 'memorandum',
      status: 'signed',
      date: { value: null, precision: 'unknown', basis: 'stated' },
      parties: [{ organisation: 'example-partner', role: 'signatory' }],
      places: [{ scope: 'city', gazetteerId: '330500', name: 'Huzhou', basis: 'stated' }],
      sectors: ['cold-chain'],
      people: [],
    },
    newSources: [newSource({ id: 'pasted-article', title: '', publisher: '', language: 'en', date: { value: null, precision: 'unknown', basis: 'stated' }, url: '', accessed: '', note: '', text: ARTICLE })],
    newOrganisations: [newOrganisation({ id: 'example-partner', name: 'Example Partner', nameZh: '', kind: 'private-company', homeCountry: '' })],
  };
}

describe(changedFiles, () => {
  it('writes nothing for a record opened and left as it was', () => {
    expect(changedFiles(base, editing('danfoss-wuxing-zero-carbon-agreement', (r) => r))).toEqual([]);
  });

  it.each(['schneider-electric-suzhou-parks-mou', 'danfoss-wuxing-zero-carbon-agreement', 'energy-chain-zibo-cqc-double-carbon-agreement'])(
    'changes only the lines of the one record edited (%s)',
    (id) => {
      const files = changedFiles(base, editing(id, (r) => ({ ...r, status: 'in-implementation', sectors: [...(r.sectors as string[]), 'green-finance'] })));
      expect(files.map((f) => f.path)).toEqual(['initiatives.json']);
      const before = base.files.initiatives.text;
      const range = changedLineRange(before, files[0]!.text)!;
      const [first, last] = recordLines(before, id);
      expect(range.before[0]).toBeGreaterThanOrEqual(first);
      expect(range.before[1]).toBeLessThanOrEqual(last);
      expect(range.after[1] - range.after[0]).toBe(range.before[1] - range.before[0]);
    },
  );

  it('puts a field the editor set late in its place in the record', () => {
    const draft = editing('danfoss-wuxing-zero-carbon-agreement', (r) => {
      const { status: _status, ...rest } = r;
      return { ...rest, status: 'signed' };
    });
    const saved = (JSON.parse(changedFiles(base, draft)[0]!.text) as { initiatives: JsonObject[] }).initiatives[1]!;
    expect(Object.keys(saved).indexOf('status')).toBe(Object.keys(saved).indexOf('instrument') + 1);
  });

  it('adds a new initiative, source record, source text and organisation at the ends of their files', () => {
    const files = changedFiles(base, newInitiativeDraft());
    expect(files.map((f) => f.path)).toEqual(['initiatives.json', 'organisations.json', 'sources.json', 'sources/pasted-article.en.txt']);
    expect(files[3]!.text).toBe(ARTICLE);
    for (const file of files.slice(0, 3)) {
      const key = file.path.replace('.json', '') as 'initiatives' | 'organisations' | 'sources';
      const before = base.files[key].text;
      const range = changedLineRange(before, file.text)!;
      // New lines after the last record; of the old ones at most its closing brace changes (it gains a comma).
      expect(range.before[1] - range.before[0]).toBeLessThanOrEqual(0);
      expect(range.before[0]).toBeGreaterThanOrEqual(before.split('\n').lastIndexOf('    }') + 1);
    }
  });
});

describe(checkDraft, () => {
  it('passes a complete new initiative with its new source and organisation', () => {
    const check = checkDraft(base, newInitiativeDraft());
    expect([...check.initiative, ...check.made, ...check.missing, ...check.elsewhere]).toEqual([]);
    expect(check.valid).toBe(true);
    expect(applyDraft(base, newInitiativeDraft()).index).toBe(records('initiatives').length);
  });

  it('locates the problems of the record being edited by field, as data:check words them', () => {
    const draft = newInitiativeDraft();
    delete draft.initiative.status;
    draft.initiative.date = { value: '2021-02-30', precision: 'day', basis: 'inferred' };
    const check = checkDraft(base, draft);
    expect(check.valid).toBe(false);
    // Unset, the status is still to fill in; the date is filled in wrong: an impossible day, no reason for an inference.
    expect(problemsAt(check.missing, 'status')).toHaveLength(1);
    expect(problemsAt(check.initiative, 'status')).toEqual([]);
    expect(problemsAt(check.initiative, 'date').map((p) => p.field)).toContain('date.value');
    expect(problemsAt(check.missing, 'date').map((p) => p.field)).toContain('date.reason');
    expect(check.elsewhere).toEqual([]);
  });

  it('finds a quote that is not verbatim in its pasted source, and cannot pass it', () => {
    const draft = newInitiativeDraft();
    (draft.initiative.sources as Array<{ quotes: Array<{ text: string }> }>)[0]!.quotes[0]!.text = 'the city of Huzhou signed a memorandum';
    const check = checkDraft(base, draft);
    expect(check.valid).toBe(false);
    expect(check.initiative.map((p) => [p.field, p.code])).toContainEqual(['sources.0.quotes.0.text', 'quoteNotVerbatim']);
  });

  it('finds a quote that is not verbatim while other fields are still to fill in', () => {
    const draft = newInitiativeDraft();
    delete draft.initiative.summary;
    (draft.initiative.sources as Array<{ quotes: Array<{ text: string }> }>)[0]!.quotes[0]!.text = 'the city of Huzhou signed a memorandum';
    const check = checkDraft(base, draft);
    expect(problemsAt(check.missing, 'summary')).toHaveLength(1);
    expect(check.initiative.map((p) => [p.field, p.code])).toContainEqual(['sources.0.quotes.0.text', 'quoteNotVerbatim']);
  });

  it('gives the problems of a new organisation and a new source to them, not to the dataset', () => {
    const draft = newInitiativeDraft();
    draft.newOrganisations[0]!.kind = undefined;
    draft.newOrganisations[0]!.homeCountry = 'Denmark';
    draft.newSources[0]!.record.language = undefined;
    const check = checkDraft(base, draft);
    expect(check.missing.map((p) => [p.recordId, p.field])).toEqual(expect.arrayContaining([['example-partner', 'kind'], ['pasted-article', 'language']]));
    expect(check.made.map((p) => [p.recordId, p.field])).toEqual([['example-partner', 'homeCountry']]);
    expect(check.elsewhere).toEqual([]);
  });

  it('tells a record without an id by its place in the list', () => {
    const draft = newInitiativeDraft();
    delete draft.initiative.id;
    expect(checkDraft(base, draft).missing.some((p) => p.field === 'id' && p.recordId === `#${records('initiatives').length}`)).toBe(true);
  });
});
