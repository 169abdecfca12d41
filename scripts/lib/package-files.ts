import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file inside the repository (this file lives in scripts/lib/). */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** Parses a JSON file; the caller names the shape it expects (inputs are pinned packages). */
export function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(repoPath(relative), 'utf8')) as T;
}

/** Throws unless node_modules holds exactly the pinned version, so outputs stay reproducible. */
export function assertPackageVersion(name: string, version: string): void {
  const installed = readJson<{ version: string }>(`node_modules/${name}/package.json`).version;
  if (installed !== version) {
    throw new Error(`${name}: expected ${version}, found ${installed}; the geo files are built from pinned inputs`);
  }
}
