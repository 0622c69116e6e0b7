/**
 * `npm run bench -- --dev`: the dev server over the generated notes. Starts `astro dev` on a cold cache and times
 * what an author waits for: the server's start, the first topic page, an edit to a note until its page shows the
 * change, and a new title until a page that lists that note (the topic page of a note that needs it first) shows it.
 * Then starts it once more over the cache the first session left, as every later `npm run dev` does.
 * "Shows" is measured over HTTP: the page is fetched again and again (each request after the last one answered) until
 * its HTML holds the new text; a browser tab reloads when the server tells it to, and then gets that same HTML.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { GeneratedNote, GeneratedSite } from './generate.ts';
import { treeRssBytes } from './measure.ts';

/** One dev-server session. */
export interface DevSample {
  /** From spawning `astro dev` to its "ready" line, on a cold cache (the first start after a clone). */
  startMs: number;
  /** The same, started again after the session, over the cache it left (every later start). */
  warmStartMs: number;
  /** The first request of a topic page, after the start. */
  firstPageMs: number;
  /** From writing an edit to a note's body until the note's page holds it. */
  editVisibleMs: number;
  /** From writing a note's new title until the page of a note that lists it as a prerequisite holds it. */
  retitleVisibleMs: number;
  /** The largest resident set of the server's process tree over the session. */
  peakRssBytes: number;
}

export interface DevOptions {
  /** The project copy to run `astro dev` in, and its astro binary. */
  cwd: string;
  astro: string;
  /** Absolute content folder of the generated site. */
  contentDir: string;
  site: GeneratedSite;
  port: number;
  env: NodeJS.ProcessEnv;
  /** Longest wait for any one step. */
  timeoutMs?: number;
}

/** The note whose page is edited (one in the middle) and a note that lists another as its prerequisite. */
export function devTargets(site: GeneratedSite): { edited: GeneratedNote; retitled: GeneratedNote; lister: GeneratedNote } {
  const edited = site.notes[Math.floor(site.notes.length / 2)]!;
  const lister = site.notes.find((note, i) => i > site.notes.length / 3 && note.prerequisites.length > 0 && note !== edited)!;
  const retitled = site.notes.find((note) => note.slug === lister.prerequisites[0])!;
  return { edited, retitled, lister };
}

/** The note's source with `marker` as a new first paragraph of its body. */
export function withBodyMarker(source: string, marker: string): string {
  const bodyStart = source.indexOf('\n---\n', 4) + 5;
  return `${source.slice(0, bodyStart)}\n${marker}\n${source.slice(bodyStart)}`;
}

/** The note's source with a new title. */
export function withTitle(source: string, title: string): string {
  return source.replace(/^title: .*$/m, `title: ${title}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fetches `url` until its body holds `text`; the milliseconds from `since`. */
async function until(url: string, text: string, since: number, timeoutMs: number): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (response.ok && body.includes(text)) return performance.now() - since;
    } catch {
      // Restarting or not listening yet: ask again.
    }
    if (performance.now() - since > timeoutMs) throw new Error(`${url} did not show "${text}" within ${timeoutMs / 1000} s`);
    await sleep(20);
  }
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.pid === undefined) return resolve();
    server.once('exit', () => resolve());
    // The server's own process group: astro and anything it started, and nothing else.
    process.kill(-server.pid, 'SIGTERM');
  });
}

interface StartedServer {
  server: ChildProcess;
  /** From spawning to the "ready" line. */
  startMs: number;
  /** The largest resident set of its process tree so far; stops sampling when called with `true`. */
  peakRss(stopSampling?: boolean): number;
}

/** Spawns `astro dev` and waits for its "ready" line. */
async function startDevServer({
  cwd,
  astro,
  port,
  env,
  timeoutMs,
}: Required<Omit<DevOptions, 'contentDir' | 'site'>>): Promise<StartedServer> {
  const started = performance.now();
  const server = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let peakRssBytes = 0;
  const sampler = setInterval(() => {
    if (server.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, treeRssBytes(server.pid));
  }, 50);
  const peakRss = (stopSampling = false) => {
    if (stopSampling) clearInterval(sampler);
    return peakRssBytes;
  };
  try {
    const startMs = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
      const read = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        // Astro prints "astro v7… ready in 1234 ms" once it listens.
        if (/ready in/.test(output)) {
          clearTimeout(timer);
          resolve(performance.now() - started);
        }
      };
      server.stdout!.on('data', read);
      server.stderr!.on('data', read);
      server.once('exit', (code) => reject(new Error(`astro dev ended (exit code ${code}):\n${output}`)));
    });
    return { server, startMs, peakRss };
  } catch (error) {
    peakRss(true);
    await stop(server);
    throw error;
  }
}

/** One session: start, first page, edit, retitle; the files are restored and the server stopped after; a second start. */
export async function measureDevServer({ cwd, astro, contentDir, site, port, env, timeoutMs = 120_000 }: DevOptions): Promise<DevSample> {
  const { edited, retitled, lister } = devTargets(site);
  const editedFile = path.join(contentDir, edited.path);
  const retitledFile = path.join(contentDir, retitled.path);
  const originals = new Map([editedFile, retitledFile].map((file) => [file, readFileSync(file, 'utf8')]));
  const origin = `http://127.0.0.1:${port}`;
  const start = () => startDevServer({ cwd, astro, port, env, timeoutMs });

  const { server, startMs, peakRss } = await start();
  let sample: Omit<DevSample, 'warmStartMs'>;
  try {
    const firstRequest = performance.now();
    const firstPageMs = await until(`${origin}/topics/${edited.slug}/`, '<h1', firstRequest, timeoutMs);
    // Every page the steps below fetch, once, so what they time is the change and not a first compile.
    await until(`${origin}/topics/${lister.slug}/`, retitled.title, performance.now(), timeoutMs);

    const marker = `Benchmark edit ${Date.now()}`;
    const edit = performance.now();
    writeFileSync(editedFile, withBodyMarker(originals.get(editedFile)!, marker));
    const editVisibleMs = await until(`${origin}/topics/${edited.slug}/`, marker, edit, timeoutMs);

    const title = `Retitled ${Date.now()}`;
    const retitle = performance.now();
    writeFileSync(retitledFile, withTitle(originals.get(retitledFile)!, title));
    const retitleVisibleMs = await until(`${origin}/topics/${lister.slug}/`, title, retitle, timeoutMs);

    sample = { startMs, firstPageMs, editVisibleMs, retitleVisibleMs, peakRssBytes: peakRss(true) };
  } finally {
    peakRss(true);
    for (const [file, source] of originals) writeFileSync(file, source);
    await stop(server);
  }
  const again = await start();
  again.peakRss(true);
  await stop(again.server);
  return { ...sample, warmStartMs: again.startMs };
}
