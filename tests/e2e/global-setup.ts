import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

/** Synthetic datasets the browser tests open with ?dataset=synthetic/n<count>-s<seed>. */
export const SYNTHETIC = [{ count: 10_000, seed: 1 }] as const;

/** The offline copy offline.spec.ts opens from file:// (npm run build:offline, from the template of the build under test). */
export const OFFLINE_COPY = 'dist-offline/index.html';

export default function globalSetup() {
  for (const { count, seed } of SYNTHETIC) {
    if (existsSync(`data/synthetic/n${count}-s${seed}/manifest.json`)) continue;
    execFileSync('npx', ['tsx', 'scripts/generate-synthetic.ts', '--count', String(count), '--seed', String(seed)], { stdio: 'inherit' });
  }
  // Filled in afresh (about a second); a build without a template leaves none, never a stale one.
  const template = `${process.env.E2E_OUTDIR ?? 'dist'}/offline/template.html`;
  rmSync(OFFLINE_COPY, { force: true });
  if (existsSync(template)) execFileSync('npx', ['tsx', 'scripts/build-offline.ts', '--template', template, '--out', OFFLINE_COPY], { stdio: 'inherit' });
}
