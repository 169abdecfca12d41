import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The floor pages' folder: served as a build of its own, so /data/ comes from the same plugin as the app's. */
export const FLOOR_DIR = fileURLToPath(new URL('./floor', import.meta.url));

/**
 * `vite preview` of `outDir` on 127.0.0.1:`port`, with the project's config (so `/data/` is served by
 * scripts/lib/serve-data-plugin.ts for the app and the floors alike). Kill it when done.
 */
export function startPreview(outDir: string, port: number): ChildProcess {
  return spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], { stdio: 'ignore' });
}
