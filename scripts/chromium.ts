/**
 * Debian's Chromium, for PDFs at build time and end-to-end tests (Playwright cannot download its
 * own browser here). Installs it when missing and this runs as root with apt-get.
 * As a command (`npm test` runs it): fails with what to install when it cannot.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { serveStatic } from './serve.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const INSTALL_HINT = `Install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`;

/** The Chromium binary, installed first if it is missing and we may; null when there is none. */
export function ensureChromium(log: (line: string) => void = console.log): string | null {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return null;
  log("Chromium is missing: installing Debian's chromium package (apt-get)…");
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      log(`apt-get ${args.join(' ')} failed (exit ${run.status}).`);
      return null;
    }
  }
  return existsSync(CHROMIUM) ? CHROMIUM : null;
}

/** Serves a built `site` under `base` and opens Chromium for `work` on it (given the site's origin), closing both after. */
export async function withSiteInChromium<T>(site: string, base: string, executablePath: string, work: (browser: Browser, origin: string) => Promise<T>): Promise<T> {
  const server = await serveStatic(site, 0, base);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const { port } = server.address() as AddressInfo;
    return await work(browser, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main && !ensureChromium()) {
  console.error(`Chromium is not installed at ${CHROMIUM}. ${INSTALL_HINT} Then run npm test again.`);
  process.exit(1);
}
