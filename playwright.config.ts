import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.ts';
import { SUBPATH, SUBPATH_SITE } from './e2e/build-if-missing.ts';

const port = 4399;
export const SUBPATH_PORT = 4398;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? 'list' : [['list']],
  retries: 0,
  workers: 2,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  webServer: [
    { command: `node scripts/serve.ts dist ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false },
    { command: `node scripts/serve.ts ${SUBPATH_SITE} ${SUBPATH_PORT} ${SUBPATH}`, url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`, reuseExistingServer: false },
  ],
});
