// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDatasetDir } from '../../scripts/lib/read-dataset-dir';
import { generateSyntheticDataset } from '../../scripts/lib/synthetic-dataset';
import { formatProblem } from '../../src/data/data-problem';
import { GazetteerSchema, SectorSchema } from '../../src/data/schema';

const gazetteer = GazetteerSchema.parse(JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')));
const sectors = SectorSchema.array().parse((JSON.parse(readFileSync('data/sectors.json', 'utf8')) as { sectors: unknown }).sectors);

describe('generateSyntheticDataset', () => {
  const data = generateSyntheticDataset(400, 5, gazetteer.places, sectors);

  it('names every organisation as synthetic in English and Chinese (合成)', () => {
    for (const org of data.organisations) {
      expect(org.name, org.id).toMatch(/synthetic/i);
      expect(org.nameZh, org.id).toContain('合成');
    }
  });

  it('gives every initiative a Chinese title and summary and every place a Chinese name, never "Synthetic Synthetic"', () => {
    for (const initiative of data.initiatives) {
      expect(initiative.title).toMatch(/^Synthetic /);
      expect(initiative.title).not.toMatch(/Synthetic Synthetic/);
      expect(initiative.translations?.zh?.title).toMatch(/^合成/);
      expect(initiative.translations?.zh?.summary).toMatch(/^合成测试记录/);
      for (const place of initiative.places) expect(place.nameZh).toMatch(/^\p{Script=Han}+$/u);
      for (const ref of initiative.sources) for (const quote of ref.quotes) expect(quote.translations?.zh).toContain('合成测试数据');
    }
  });

  it('uses the sectors\' Chinese labels in the Chinese summaries', () => {
    const first = data.initiatives[0]!;
    const labels = first.sectors.map((id) => sectors.find((s) => s.id === id)!.labelZh);
    for (const label of labels) expect(first.translations!.zh!.summary).toContain(label);
  });
});

describe('npm run data:synthetic', () => {
  const out = mkdtempSync(join(tmpdir(), 'synthetic-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a dataset that passes data:check with nothing left to translate', () => {
    execFileSync('npx', ['tsx', 'scripts/generate-synthetic.ts', '--count', '12000', '--seed', '2', '--out', out], { encoding: 'utf8', stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { title: string; synthetic: boolean; translations: { zh: { title: string } } };
    expect(manifest.synthetic).toBe(true);
    expect(manifest.title).toBe('Synthetic test data: 12,000 initiatives (seed 2)');
    expect(manifest.translations.zh.title).toBe('合成测试数据：1.2万项举措（随机种子2）');
    const { problems, warnings } = checkDatasetDir(out);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([]);
  }, 60_000);
});
