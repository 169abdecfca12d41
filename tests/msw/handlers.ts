import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { http, HttpResponse } from 'msw';

const DATA_DIR = resolve(import.meta.dirname, '../../data');

/** Serves the real data/ folder at /data/*, as the Vite plugin does; unknown files are a 404. */
export const dataHandlers = [
  http.get('*/data/*', ({ request }) => {
    const path = decodeURIComponent(new URL(request.url).pathname).slice('/data/'.length);
    const file = resolve(DATA_DIR, path);
    if (!file.startsWith(DATA_DIR + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return new HttpResponse(`Not found: ${path}`, { status: 404 });
    }
    const body = readFileSync(file, 'utf8');
    return file.endsWith('.json') ? new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }) : HttpResponse.text(body);
  }),
];
