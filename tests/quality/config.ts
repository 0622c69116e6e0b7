/** Where the quality gates find the built starter site, and the ones that read it from disk share these. */
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/**
 * The built starter site the browser tests serve: `dist/`, or `E2E_DIST` (for running the gates against another
 * build, with a Playwright config that serves that folder).
 */
export const distDir = path.resolve(projectRoot, process.env['E2E_DIST'] ?? 'dist');

/** The WCAG levels the accessibility gate holds every page to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The widths every page template is checked at: desktop and phone. */
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
