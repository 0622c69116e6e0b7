import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/chromium.ts';

const port = Number(process.env['E2E_PORT'] ?? 4322);
/** The good fixture under a base path: `fixtureUrl('/sub/topics/…')`. */
export const fixturePort = Number(process.env['E2E_FIXTURE_PORT'] ?? 4323);
export const fixtureOrigin = `http://127.0.0.1:${fixturePort}`;
/** `astro dev` over a copy of the good fixture that the live-authoring tests edit. */
export const devPort = Number(process.env['E2E_DEV_PORT'] ?? 4324);
export const devOrigin = `http://127.0.0.1:${devPort}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env['CI'] ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumExecutable(),
      // No network beyond this machine: keep Chromium from calling home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    // The starter site that `npm run build` left in dist/.
    {
      command: `node tests/serve-dist.ts --dir dist --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // The good fixture site (a draft, an alias), built under the base path /sub/.
    {
      command: `node tests/e2e/serve-fixture.ts`,
      url: `http://127.0.0.1:${fixturePort}/sub/`,
      env: { E2E_FIXTURE_PORT: String(fixturePort) },
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `node tests/e2e/dev-server.ts`,
      url: `http://127.0.0.1:${devPort}/`,
      env: { E2E_DEV_PORT: String(devPort) },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
