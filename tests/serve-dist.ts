#!/usr/bin/env node
/**
 * Serves a built site for the browser tests, the way a static host would: under the base path, with
 * `404.html` for unknown URLs. (Astro's own preview allows one server per machine; tests must not fight a
 * developer's.)  Usage: node tests/serve-dist.ts [--dir dist] [--port 4322] [--base /]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4322' }, base: { type: 'string', default: '/' } },
});
const dir = path.resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
// Read per request: the site may be rebuilt while the server runs.
const notFound = () => {
  try {
    return readFileSync(path.join(dir, '404.html'));
  } catch {
    return 'Not found';
  }
};

createServer((request, response) => {
  const url = request.url ?? '/';
  const sendNotFound = () => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(notFound());
  };
  if (!url.startsWith(base)) return sendNotFound();
  request.url = `/${url.slice(base.length)}`;
  files(request, response, sendNotFound);
}).listen(Number(values.port), '127.0.0.1', () => {
  process.stdout.write(`Serving ${dir} at http://127.0.0.1:${values.port}${base}\n`);
});
