/**
 * `npm run check -- --external` asks every resource and external link, against a local server here: dead ones are
 * warnings at their file and line; retries, timeouts and the concurrency bound hold; the process ends on its own.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrls } from '../../src/node/external-links.ts';
import { fixtureContent, projectRoot } from './run-build.ts';

// The fixture's links name this port; it is one of the ports this project's tests may use (see the README).
const PORT = Number(process.env['EXTERNAL_TEST_PORT'] ?? 4424);
const base = `http://127.0.0.1:${PORT}`;
let server: Server;
let inFlight = 0;
let mostInFlight = 0;
const flakyHits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((request, response) => {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    const done = (status: number) => {
      response.writeHead(status, { 'content-type': 'text/plain' }).end(request.method === 'HEAD' ? undefined : 'body');
      inFlight--;
    };
    const url = request.url ?? '/';
    if (url.startsWith('/ok')) return void setTimeout(() => done(200), 20);
    if (url === '/gone') return done(404);
    if (url === '/no-head') return done(request.method === 'HEAD' ? 405 : 200);
    if (url.startsWith('/flaky')) {
      const hits = (flakyHits.get(url) ?? 0) + 1;
      flakyHits.set(url, hits);
      return done(hits < 2 ? 503 : 200);
    }
    if (url === '/slow') return void setTimeout(() => done(200), 3_000);
    if (url === '/always-busy') return done(503);
    return done(404);
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('checkUrls', () => {
  it('keeps at most `concurrency` requests in flight and answers in the order asked', async () => {
    mostInFlight = 0;
    const urls = Array.from({ length: 12 }, (_, i) => `${base}/ok/${i}`);
    const results = await checkUrls(urls, { concurrency: 3 });
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(mostInFlight).toBeLessThanOrEqual(3);
  });

  it('retries an answer that may pass, falls back to GET when HEAD is refused, and stops at a 404', async () => {
    const results = await checkUrls([`${base}/flaky/a`, `${base}/no-head`, `${base}/gone`], { retryDelayMs: 10 });
    expect(results).toEqual([
      { url: `${base}/flaky/a`, ok: true, status: 200 },
      { url: `${base}/no-head`, ok: true, status: 200 },
      { url: `${base}/gone`, ok: false, status: 404, reason: 'Not Found', attempts: 1 },
    ]);
  });

  it('gives up after the timeout and the retries', async () => {
    const [slow, busy] = await checkUrls([`${base}/slow`, `${base}/always-busy`], { timeoutMs: 200, retries: 1, retryDelayMs: 10 });
    expect(slow).toEqual({ url: `${base}/slow`, ok: false, reason: 'no answer in time', attempts: 2 });
    expect(busy).toEqual({ url: `${base}/always-busy`, ok: false, status: 503, reason: 'Service Unavailable', attempts: 2 });
  });

  it('says why an address cannot be reached at all', async () => {
    const [closed] = await checkUrls(['http://127.0.0.1:4429/nothing-listens'], { retries: 0 });
    expect(closed).toMatchObject({ ok: false, reason: 'ECONNREFUSED', attempts: 1 });
  });
});

describe('npm run check -- --external', () => {
  it('warns about each dead link at its file and line, exits 0 on its own, and is not part of the default check', async () => {
    const run = (args: string[]) =>
      new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/check.ts'), ...args], {
          cwd: projectRoot,
          env: {
            ...process.env,
            CONTENT_DIR: fixtureContent('external-links'),
            EXTERNAL_TIMEOUT_MS: '500',
            EXTERNAL_RETRY_DELAY_MS: '10',
            NO_COLOR: '1',
          },
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (status) => resolve({ status, stderr }));
      });
    const file = 'tests/fixtures/external-links/content/notes/reading-list.mdx';
    const external = await run(['--external']);
    expect(external.status).toBe(0);
    expect(external.stderr.split('\n').filter((l) => l.startsWith('warning: tests/fixtures/external-links/content/notes'))).toEqual([
      `warning: ${file}:9 resources[1].url: ${base}/gone answered 404: the page is gone. Find where it moved and update the link, or remove it.`,
      `warning: ${file}:16:55 link: ${base}/slow could not be reached: no answer in time (3 tries). Check the address; if the site is down for now, check again later.`,
      `warning: ${file}:18:5 link: ${base}/gone answered 404: the page is gone. Find where it moved and update the link, or remove it.`,
    ]);
    const offline = await run([]);
    expect(offline.status).toBe(0);
    expect(offline.stderr).not.toContain('external addresses');
  }, 60_000);
});
