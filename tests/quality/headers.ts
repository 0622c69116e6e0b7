/**
 * Serving a built site in the browser tests the way Netlify or Cloudflare Pages would: with the headers of
 * `_headers`, and (to prove the hashes) the page's own `<meta>` Content-Security-Policy sent as a header too, so
 * that it also governs what comes before the `<meta>` in `<head>` (the inline theme script, the timeline's style).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

/** One rule of a `_headers` file: a path pattern and the headers for it. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Parses the `_headers` format: a line with a path pattern, then indented `Name: value` lines; `#` starts a
 * comment line. (https://docs.netlify.com/routing/headers/, https://developers.cloudflare.com/pages/configuration/headers/)
 */
export function parseHeadersFile(source: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of source.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const header = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (!header || !rules.length) throw new Error(`_headers: cannot read the line "${line}"`);
      rules.at(-1)!.headers.push([header[1]!.trim(), header[2]!.trim()]);
    }
  }
  return rules;
}

/** Whether a `_headers` pattern (`/*`, `/topics/*`, `/exact/`) matches a URL path. */
function matches(pattern: string, pathname: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(pathname);
}

/** The Content-Security-Policy of a page's `<meta http-equiv>`, when it has one. */
export function metaPolicy(html: string): string | undefined {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return meta?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * Serves every response of `target` with the headers `_headers` gives its path, and every HTML page with its own
 * `<meta>` policy as a header as well (browsers enforce each policy they get: all of them must allow the page).
 */
export async function serveWithHeaders(target: Page | BrowserContext, distDir: string): Promise<void> {
  const rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
  await target.route('**/*', async (route) => {
    const response = await route.fetch();
    const url = new URL(route.request().url());
    const headers = { ...response.headers() };
    const policies: string[] = [];
    for (const rule of rules.filter((r) => matches(r.pattern, url.pathname))) {
      for (const [name, value] of rule.headers) {
        if (name.toLowerCase() === 'content-security-policy') policies.push(value);
        else headers[name.toLowerCase()] = value;
      }
    }
    const isHtml = (headers['content-type'] ?? '').startsWith('text/html');
    const body = await response.body();
    const own = isHtml ? metaPolicy(body.toString('utf8')) : undefined;
    if (own) policies.push(own);
    // Several policies in one header field are separated by commas, and each is enforced.
    if (policies.length) headers['content-security-policy'] = policies.join(', ');
    await route.fulfill({ response, headers, body });
  });
}

/** Records `securitypolicyviolation` events of every page of a context, from before any page script runs. */
export async function recordPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${event.sample ? ` "${event.sample}"` : ''} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
}

/** The violations a page has recorded so far. */
export function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
