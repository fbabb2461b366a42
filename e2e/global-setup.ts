import { existsSync } from 'node:fs';
import { buildSite } from '../scripts/build.ts';

/** The tests read the site `npm run build` made; a fresh checkout gets it built first. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync('dist/pagefind/pagefind.js')) await buildSite({ log: console.log });
}
