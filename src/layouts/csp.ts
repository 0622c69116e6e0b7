/**
 * Hashes for the Content-Security-Policy that Astro writes into every page (`security.csp` in astro.config.mjs).
 * Astro hashes the scripts and styles it bundles; an `is:inline` script or style is the page's own text, so the
 * page that writes one registers its hash with `Astro.csp` — then the policy needs no 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

/** The CSP source for an inline script or style element with exactly this text: `sha256-<base64>`. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/**
 * Sets the theme before the first paint, so the page never flashes the wrong one: the stored choice, else the
 * system's. Also marks the document as running JavaScript (controls that need it show without a layout shift).
 */
export const THEME_SCRIPT = `(() => {
  let stored = null;
  try { stored = localStorage.getItem('theme'); } catch {}
  const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = stored === 'dark' || stored === 'light' ? stored : system;
  document.documentElement.classList.add('js');
})();`;
