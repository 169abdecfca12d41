import type { DataProblem } from './data-problem';
import type { Organisation } from './schema';

/** Words of a company's legal form, dropped from the end of a Latin name: "Example Energy Co., Ltd." reads as "example energy". */
const LATIN_SUFFIXES = new Set(['co', 'company', 'ltd', 'limited', 'group', 'inc', 'incorporated', 'corp', 'corporation', 'plc', 'llc', 'gmbh', 'ag', 'sa', 'se', 'nv', 'bv', 'holding', 'holdings']);
/** The same for a Chinese name, longest first: 宁德时代新能源科技股份有限公司 reads as 宁德时代新能源科技. */
const CHINESE_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团', '公司', '控股'];

/**
 * A name as it compares for look-alikes: case, width, punctuation and spacing aside, with the legal
 * form's words and a leading "the" dropped (Latin) or 有限公司, 集团 and the like taken off the end (Chinese).
 */
export function comparableName(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words[0] === 'the') words.shift();
  while (words.length > 1 && LATIN_SUFFIXES.has(words.at(-1)!)) words.pop();
  let joined = words.join(' ');
  for (let cut = true; cut; ) {
    cut = false;
    for (const suffix of CHINESE_SUFFIXES) {
      if (joined.endsWith(suffix) && joined.length > suffix.length) {
        joined = joined.slice(0, -suffix.length).trim();
        cut = true;
      }
    }
  }
  // Chinese is written without spaces: "西门子 中国" (from "西门子（中国）") reads as 西门子中国.
  return joined.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
}

/** Every name of an organisation, with the field it is in. */
function namesOf(org: Organisation): Array<{ field: string; name: string }> {
  return [
    { field: 'name', name: org.name },
    ...(org.nameZh ? [{ field: 'nameZh', name: org.nameZh }] : []),
    ...(org.shortNameZh ? [{ field: 'shortNameZh', name: org.shortNameZh }] : []),
    ...org.aliases.map((name, i) => ({ field: `aliases.${i}`, name })),
  ];
}

/**
 * Organisations whose names or aliases read the same once compared (`comparableName`): likely one
 * organisation entered twice. A warning on the later record, naming the earlier one; each pair once.
 */
export function findLookAlikeOrganisations(file: string, organisations: Iterable<Organisation>): DataProblem[] {
  const firstWith = new Map<string, { id: string; name: string }>();
  const warnings: DataProblem[] = [];
  for (const org of organisations) {
    const reported = new Set<string>();
    const own: Array<[string, { id: string; name: string }]> = [];
    for (const { field, name } of namesOf(org)) {
      const key = comparableName(name);
      if (key.length < 2) continue;
      const earlier = firstWith.get(key);
      if (earlier && earlier.id !== org.id && !reported.has(earlier.id)) {
        reported.add(earlier.id);
        warnings.push({
          file,
          recordId: org.id,
          field,
          message: `"${name}" looks like "${earlier.name}" of organisation "${earlier.id}": the same organisation twice?`,
          code: 'lookAlikeOrganisation',
          values: { name, other: earlier.id, otherName: earlier.name },
        });
      }
      own.push([key, { id: org.id, name }]);
    }
    for (const [key, entry] of own) if (!firstWith.has(key)) firstWith.set(key, entry);
  }
  return warnings;
}
