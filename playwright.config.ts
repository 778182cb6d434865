import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser tests: Playwright builds the renderer (vite.renderer.config.ts), serves it over http with
 * `vite preview` (file:// is blocked by CORS in plain Chromium), and drives it in Chromium with `window.api`
 * bound to the real handler registry on a real SQLite file (tests/e2e/support/bridge.ts).
 * Here: Debian's /usr/bin/chromium; elsewhere Playwright's own browser.
 */
const CHROMIUM = '/usr/bin/chromium';
// One port per test run, chosen in the runner and inherited by the workers through the environment.
process.env['PLENO_E2E_PORT'] ??= String(41000 + (process.pid % 900));
const port = Number(process.env['PLENO_E2E_PORT']);
const vite = 'npx --no-install vite';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/artifacts/test-results',
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFileName}/{arg}{ext}',
  reporter: [['list'], ['json', { outputFile: 'tests/artifacts/playwright.json' }]],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: {
    timeout: 5_000,
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  webServer: {
    command: `${vite} build -c vite.renderer.config.ts --logLevel warn && ${vite} preview -c vite.renderer.config.ts --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    deviceScaleFactor: 1,
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--font-render-hinting=none',
        '--disable-lcd-text',
      ],
    },
  },
});
