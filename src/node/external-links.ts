/**
 * Asks every external address once, a few at a time, with a timeout per request and retries for answers that
 * may pass (timeouts, 429, 5xx). HEAD first, GET when a server does not do HEAD. Only for
 * `npm run check -- --external`: the build never touches the network.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYamlWithLines, splitFrontmatter } from '../lib/frontmatter.ts';
import type { LinkCheckResult } from '../lib/external-links.ts';

export interface UrlCheckOptions {
  /** Requests in flight at once (default 8). */
  concurrency?: number;
  /** Milliseconds before one request is given up (default 10 s). */
  timeoutMs?: number;
  /** Further tries after a failure that may pass (default 2). */
  retries?: number;
  /** Milliseconds before the first retry; doubles each time (default 500). */
  retryDelayMs?: number;
  /** Called after each address, for progress. */
  onResult?: (result: LinkCheckResult) => void;
}

// Answers that say "try later" rather than "gone".
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);
// Answers of servers that do not do HEAD (or refuse it), worth a GET.
const HEAD_REFUSED = new Set([403, 405, 501]);
const USER_AGENT = 'mlops-study-notes-link-check/1.0';

async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number): Promise<number> {
  const response = await fetch(url, {
    method,
    redirect: 'follow',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'user-agent': USER_AGENT, accept: '*/*' },
  });
  // Never read the body: drop it so the socket is released and nothing keeps the process alive.
  await response.body?.cancel().catch(() => undefined);
  return response.status;
}

function reasonOf(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'no answer in time';
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}

async function checkOne(url: string, options: Required<Omit<UrlCheckOptions, 'onResult'>>): Promise<LinkCheckResult> {
  let last: LinkCheckResult = { url, ok: false, reason: 'not checked', attempts: 0 };
  for (let attempt = 1; attempt <= options.retries + 1; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs * 2 ** (attempt - 2)));
    try {
      let status = await request(url, 'HEAD', options.timeoutMs);
      if (HEAD_REFUSED.has(status)) status = await request(url, 'GET', options.timeoutMs);
      if (status < 400) return { url, ok: true, status };
      last = { url, ok: false, status, reason: statusText(status), attempts: attempt };
      if (!RETRYABLE.has(status)) return last;
    } catch (error) {
      last = { url, ok: false, reason: reasonOf(error), attempts: attempt };
    }
  }
  return last;
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    410: 'Gone',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return texts[status] ?? 'an error';
}

/** Checks each address (each once), never more than `concurrency` at a time; results in the order given. */
export async function checkUrls(urls: readonly string[], options: UrlCheckOptions = {}): Promise<LinkCheckResult[]> {
  const settings = {
    concurrency: options.concurrency ?? 8,
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 500,
  };
  const results: LinkCheckResult[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      results[index] = await checkOne(urls[index]!, settings);
      options.onResult?.(results[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(settings.concurrency, urls.length) }, worker));
  return results;
}

/** The frontmatter line of each resource url, read again from the note file (records keep values only). */
export function resourceLineReader(root: string): (file: string, index: number) => number {
  const cache = new Map<string, (p: readonly (string | number)[]) => number>();
  return (file, index) => {
    let lineOf = cache.get(file);
    if (!lineOf) {
      const split = splitFrontmatter(readFileSync(path.resolve(root, file), 'utf8'));
      const parsed = parseYamlWithLines(split.yaml ?? '');
      const offset = split.yamlFirstLine - 1;
      lineOf = (p) => parsed.lineOf(p) + offset;
      cache.set(file, lineOf);
    }
    return lineOf(['resources', index, 'url']);
  };
}
