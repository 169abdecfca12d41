import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { curateWritePlugins } from './curate-write-plugin';

const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

export interface CurateServerOptions {
  dataDir: string;
  port: number;
  host?: string;
  strictPort?: boolean;
  /** Vite's cache of prebundled dependencies; a test gives its own, apart from other dev servers'. */
  cacheDir?: string;
}

/** The dev server of vite.config.ts with curation mode's plugins, writing into `dataDir`. */
export async function startCurateServer(options: CurateServerOptions): Promise<ViteDevServer> {
  const server = await createServer({
    configFile,
    root: dirname(configFile),
    cacheDir: options.cacheDir,
    plugins: curateWritePlugins(options.dataDir),
    server: { port: options.port, host: options.host, strictPort: options.strictPort ?? false },
  });
  await server.listen();
  return server;
}
