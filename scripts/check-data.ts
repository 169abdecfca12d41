/**
 * Validates a dataset folder: schema, unique ids, references, gazetteer places and verbatim quotes.
 * Usage: npm run data:check [-- path/to/dataset-dir]   (default: data/)
 * Prints one line per problem (file, record, field, what is wrong) and exits 1 if there are any.
 * Then lists, as warnings (never errors), one line each: organisations, sectors and sources nothing
 * uses, organisations whose names look like another's, and every text that lacks its English or
 * Chinese version (names, titles, summaries, quotes, sector descriptions, deck scenes), and a total.
 */
import { formatProblem } from '../src/data/data-problem';
import { checkDatasetDir } from './lib/read-dataset-dir';
import { summariseGaps } from './lib/translation-gaps';

const dir = process.argv[2] ?? 'data';
const { result, problems, warnings, curationWarnings } = checkDatasetDir(dir);
for (const problem of problems) console.log(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
const d = result!.dataset;
for (const warning of [...curationWarnings, ...warnings]) console.log(`warning: ${formatProblem(warning)}`);
console.log(
  `${dir}: OK — ${d.initiatives.length} initiatives, ${d.organisations.size} organisations, ${d.sectors.size} sectors, ` +
    `${d.sources.size} sources, ${d.gazetteer.size} gazetteer places; every quote found verbatim` +
    (d.manifest.files.deck ? `; deck ${d.manifest.files.deck} checked.` : '.'),
);
if (curationWarnings.length > 0) console.log(`${curationWarnings.length} curation warning(s) (not errors): records nothing uses, organisations that look entered twice.`);
console.log(summariseGaps(warnings));
