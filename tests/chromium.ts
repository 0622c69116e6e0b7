/**
 * Which Chromium the browser tests drive: `CHROMIUM_PATH`, else the system one, else Playwright's own.
 * When none exists, says exactly how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumExecutable(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there. Point it at a Chromium or Chrome binary.`);
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    [
      'The browser tests need Chromium, and none was found.',
      'Install one of:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  macOS:          brew install --cask chromium   (then set CHROMIUM_PATH)',
      "  Playwright's:   npx playwright install chromium",
      'or set CHROMIUM_PATH to an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
}
