/**
 * Times the search index on a dataset folder, e.g. `npx tsx tests/model/search-timing.ts data/synthetic/n10000-s7`
 * (generate it first: `npm run data:synthetic -- --count 10000 --seed 7`). Extra arguments are the queries.
 * A measure to run by hand, not a test.
 */
import { performance } from 'node:perf_hooks';
import { checkDatasetDir } from '../../scripts/lib/read-dataset-dir';
import { buildSearchIndex, buildSearchIndexAsync } from '../../src/model/search-index';

const dir = process.argv[2] ?? 'data/synthetic/n10000-s7';
const QUERIES = ['suzhou', 'suzou', 'synthetic multinational 30', 'guiyang', '苏州', '江苏省', '储能', 'Jiangsu Province', 'tibet', 'qqqxz', 'guiyng'];
const queries = process.argv.length > 3 ? process.argv.slice(3) : QUERIES;

const { result } = checkDatasetDir(dir);
if (!result) throw new Error(`cannot read ${dir}`);
const dataset = result.dataset;
console.log(`${dir}: ${dataset.initiatives.length} initiatives`);

const builds: number[] = [];
let index = buildSearchIndex(dataset);
for (let run = 0; run < 3; run++) {
  const start = performance.now();
  index = buildSearchIndex(dataset);
  builds.push(performance.now() - start);
}
console.log(`build (in one go): ${builds.map((ms) => ms.toFixed(0)).join(', ')} ms`);

async function main() {
  const asyncStart = performance.now();
  await buildSearchIndexAsync(dataset);
  console.log(`build in slices (12 ms each, yielding between): ${(performance.now() - asyncStart).toFixed(0)} ms to ready`);
  for (const query of queries) time(query);
}

function time(query: string) {
  const t0 = performance.now();
  const hits = index.match(query)?.size ?? 0;
  const first = performance.now() - t0;
  let line = `  ${JSON.stringify(query)}: ${hits} hits in ${first.toFixed(1)} ms`;
  if (hits === 0) {
    const t1 = performance.now();
    const suggestion = index.suggest(query);
    line += `; suggests ${JSON.stringify(suggestion)} in ${(performance.now() - t1).toFixed(1)} ms`;
  }
  console.log(line);
}

void main();
