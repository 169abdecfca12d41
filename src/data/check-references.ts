import type { DataProblem, DataProblemCode } from './data-problem';
import type { GazetteerPlace, Initiative, Organisation, PlaceScope, ProvincialType, Sector, Source } from './schema';

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
      problems.push({ file, recordId: record.id, field: 'id', message: `duplicate id (record #${index} repeats an earlier one)`, code: 'duplicateId', values: { index } });
    }
    seen.add(record.id);
  });
  return problems;
}

/** Every party, sector, place and source a record names must exist. */
export function findReferenceProblems(file: string, records: ReadonlyArray<Initiative | Organisation>, lookups: Lookups): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (recordId: string, field: string, message: string, code?: DataProblemCode, values?: DataProblem['values']) =>
    problems.push(code ? { file, recordId, field, message, code, values } : { file, recordId, field, message });
  for (const record of records) {
    record.sources.forEach((ref, i) => {
      if (!lookups.sources.has(ref.source)) add(record.id, `sources.${i}.source`, `no source with id "${ref.source}" in sources.json`, 'unknownSource', { id: ref.source, list: 'sources.json' });
    });
    if (!('parties' in record)) continue;
    record.parties.forEach((party, i) => {
      if (!lookups.organisations.has(party.organisation)) {
        add(record.id, `parties.${i}.organisation`, `no organisation with id "${party.organisation}" in organisations.json`, 'unknownOrganisation', { id: party.organisation, list: 'organisations.json' });
      }
    });
    record.people.forEach((person, i) => {
      if (person.organisation && !lookups.organisations.has(person.organisation)) {
        add(record.id, `people.${i}.organisation`, `no organisation with id "${person.organisation}" in organisations.json`, 'unknownOrganisation', { id: person.organisation, list: 'organisations.json' });
      }
    });
    record.sectors.forEach((sector, i) => {
      if (!lookups.sectors.has(sector)) add(record.id, `sectors.${i}`, `"${sector}" is not a sector in sectors.json`, 'unknownSector', { id: sector, list: 'sectors.json' });
    });
    record.places.forEach((place, i) => {
      if (place.gazetteerId === null) return;
      const hit = lookups.gazetteer.get(place.gazetteerId);
      if (!hit) add(record.id, `places.${i}.gazetteerId`, `"${place.gazetteerId}" (${place.name}) is not in the gazetteer`, 'notInGazetteer', { id: place.gazetteerId, name: place.name });
      else {
        const message = placeScopeProblem(place.scope, hit, lookups.gazetteer);
        if (message) add(record.id, `places.${i}.gazetteerId`, message);
      }
    });
  }
  return problems;
}

const UNIT_NAMES: Record<ProvincialType, string> = {
  province: 'province',
  'autonomous-region': 'autonomous region',
  municipality: 'municipality',
  sar: 'special administrative region',
};

/**
 * Whether a place's scope fits the gazetteer unit it names; the message says which id to use when
 * it does not. A province-scope place names a provincial-level unit. A city (or a district or park,
 * which sits at its city) names a prefecture-level city, or Hong Kong or Macao directly: a special
 * administrative region is a city-level place too and the gazetteer has no city under it. The
 * municipalities (Beijing, Tianjin, Shanghai, Chongqing) are in the gazetteer twice, as a
 * provincial-level unit (110000) and as a city (110100): each scope takes its own id.
 */
export function placeScopeProblem(scope: PlaceScope, hit: GazetteerPlace, gazetteer: ReadonlyMap<string, GazetteerPlace>): string | null {
  if (scope === 'nationwide') return null;
  if (scope === 'province') {
    if (hit.level === 'province') return null;
    const province = gazetteer.get(hit.provinceId);
    const use = province ? `; use ${province.id} for ${province.nameEn}${province.provinceType === 'municipality' ? ' as a provincial-level unit' : ''}` : '';
    return `scope is "province" but "${hit.id}" is ${hit.nameEn}, a city (prefecture level)${use}`;
  }
  if (hit.level !== 'province' || hit.provinceType === 'sar') return null;
  const unit = UNIT_NAMES[hit.provinceType];
  const cities = [...gazetteer.values()].filter((p) => p.level === 'prefecture' && p.provinceId === hit.id);
  let use: string;
  if (cities.length === 0) use = `the gazetteer has no city in ${hit.nameEn}: use scope "province"`;
  else if (hit.provinceType === 'municipality') {
    use = `use ${cities.map((c) => c.id).join(' or ')} for ${hit.nameEn} as ${scope === 'city' ? 'a city' : `the city the ${scope} lies in`}`;
  } else use = `use the id of ${scope === 'city' ? 'the city' : `the city the ${scope} lies in`}, one of ${hit.nameEn}'s ${hit.id.slice(0, 2)}xx00 codes`;
  return `scope is "${scope}" but "${hit.id}" is the ${unit} ${hit.nameEn} (provincial level); ${use}`;
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
          problems.push({ file, recordId: record.id, field: `sources.${i}.quotes.${j}.text`, message: `quote "${shown}" is not verbatim in source "${ref.source}"`, code: 'quoteNotVerbatim', values: { quote: shown, source: ref.source } });
        }
      });
    });
  }
  return problems;
}
