import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Synthetic datasets the browser tests open with ?dataset=synthetic/n<count>-s<seed>. */
export const SYNTHETIC = [{ count: 10_000, seed: 1 }] as const;

export default function globalSetup() {
  for (const { count, seed } of SYNTHETIC) {
    if (existsSync(`data/synthetic/n${count}-s${seed}/manifest.json`)) continue;
    execFileSync('npx', ['tsx', 'scripts/generate-synthetic.ts', '--count', String(count), '--seed', String(seed)], { stdio: 'inherit' });
  }
}
