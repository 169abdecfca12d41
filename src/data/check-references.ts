import type { DataProblem } from './data-problem';
import type { GazetteerPlace, Initiative, Organisation, Sector, Source } from './schema';

interface Lookups {
  organisations: Map<string, Organisation>;
  sectors: Map<string, Sector>;
  sources: Map<string, Source>;
  gazetteer: Map<string, GazetteerPlace>;
}

export function findDuplicateIds(file: string, records: ReadonlyArray<{ id: string }>): DataProblem[] {
  const seen = new Set<string>();
  const problems: DataProblem[] = [];
  records.forEach((record, index) => {
    if (seen.has(record.id)) {
      problems.push({ file, recordId: record.id, field: 'id', message: `duplicate id (record #${index} repeats an earlier one)` });
    }
    seen.add(record.id);
  });
  return problems;
}

/** Every party, sector, place and source a record names must exist. */
export function findReferenceProblems(file: string, records: ReadonlyArray<Initiative | Organisation>, lookups: Lookups): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (recordId: string, field: string, message: string) => problems.push({ file, recordId, field, message });
  for (const record of records) {
    record.sources.forEach((ref, i) => {
      if (!lookups.sources.has(ref.source)) add(record.id, `sources.${i}.source`, `no source with id "${ref.source}" in sources.json`);
    });
    if (!('parties' in record)) continue;
    record.parties.forEach((party, i) => {
      if (!lookups.organisations.has(party.organisation)) {
        add(record.id, `parties.${i}.organisation`, `no organisation with id "${party.organisation}" in organisations.json`);
      }
    });
    record.people.forEach((person, i) => {
      if (person.organisation && !lookups.organisations.has(person.organisation)) {
        add(record.id, `people.${i}.organisation`, `no organisation with id "${person.organisation}" in organisations.json`);
      }
    });
    record.sectors.forEach((sector, i) => {
      if (!lookups.sectors.has(sector)) add(record.id, `sectors.${i}`, `"${sector}" is not a sector in sectors.json`);
    });
    record.places.forEach((place, i) => {
      if (place.gazetteerId === null) return;
      const hit = lookups.gazetteer.get(place.gazetteerId);
      if (!hit) add(record.id, `places.${i}.gazetteerId`, `"${place.gazetteerId}" (${place.name}) is not in the gazetteer`);
      else if (place.scope === 'province' && hit.level !== 'province') {
        add(record.id, `places.${i}.gazetteerId`, `scope is "province" but "${place.gazetteerId}" is ${hit.nameEn}, a ${hit.level}`);
      } else if (place.scope !== 'province' && hit.level === 'province') {
        add(record.id, `places.${i}.gazetteerId`, `scope is "${place.scope}" but "${place.gazetteerId}" is the province ${hit.nameEn}; use its city's id`);
      }
    });
  }
  return problems;
}

/** Runs of whitespace, non-breaking spaces included, compare as one space: the archives keep the sites' &nbsp;s. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every quote must appear verbatim (up to whitespace) in the archived text of its source. */
export function findQuoteProblems(
  file: string,
  records: ReadonlyArray<{ id: string; sources: Initiative['sources'] }>,
  texts: Map<string, string>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const normalised = new Map([...texts].map(([id, text]) => [id, normaliseSpace(text)]));
  for (const record of records) {
    record.sources.forEach((ref, i) => {
      const text = normalised.get(ref.source);
      if (text === undefined) return;
      ref.quotes.forEach((quote, j) => {
        if (!text.includes(normaliseSpace(quote.text))) {
          const shown = quote.text.length > 60 ? `${quote.text.slice(0, 57)}...` : quote.text;
          problems.push({ file, recordId: record.id, field: `sources.${i}.quotes.${j}.text`, message: `quote "${shown}" is not verbatim in source "${ref.source}"` });
        }
      });
    });
  }
  return problems;
}
