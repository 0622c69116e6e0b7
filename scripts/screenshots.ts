#!/usr/bin/env node
/**
 * Screenshots of built pages at desktop and phone widths, in light and dark, for looking at what we build.
 *   node scripts/screenshots.ts http://localhost:4321 / /topics/kubeflow/ ...
 * Writes PNGs to tests/.tmp/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../tests/chromium.ts';

const [origin = 'http://localhost:4321', ...paths] = process.argv.slice(2);
const out = 'tests/.tmp/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumExecutable() });
for (const path of paths.length ? paths : ['/']) {
  for (const [name, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env['FULL'] === '1' });
      process.stdout.write(`${file}\n`);
      await page.close();
    }
  }
}
await browser.close();
