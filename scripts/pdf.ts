/**
 * A PDF of every briefing, printed by Chromium from the built site with its print stylesheet.
 * Chromium stamps the time of printing into each file; it is replaced by a fixed one so that the
 * same input still builds the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSiteInChromium } from './chromium.ts';

const PDF_TIMESTAMP = /\/(CreationDate|ModDate) \(D:[^)]*\)/g;

/**
 * Prints `ids` from the built `site` (served under `base`). Links into the site point at
 * `publicSite` in the PDF when it is known, else they are dropped: never at the local server.
 */
export async function printBriefings(site: string, base: string, publicSite: string | undefined, ids: string[], executablePath: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  await withSiteInChromium(site, base, executablePath, async (browser, origin) => {
    const page = await browser.newPage();
    for (const [index, id] of ids.entries()) {
      await page.goto(`${origin}${base}briefings/${id}/`, { waitUntil: 'load' });
      await page.evaluate((publicOrigin) => {
        for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
          const target = new URL(link.href);
          if (target.origin !== location.origin) continue;
          if (publicOrigin) link.href = new URL(target.pathname + target.hash, publicOrigin).href;
          else link.removeAttribute('href');
        }
      }, publicSite ?? null);
      const path = join(site, 'briefings', id, `${id}.pdf`);
      await page.pdf({ path, preferCSSPageSize: true, format: 'A4', printBackground: false, tagged: true, outline: true });
      writeFileSync(path, readFileSync(path, 'latin1').replace(PDF_TIMESTAMP, '/$1 (D:20000101000000Z)'), 'latin1');
      if ((index + 1) % 100 === 0) log(`  printed ${index + 1}/${ids.length} PDFs`);
    }
  });
  log(`printed ${ids.length} PDFs in ${Math.round(performance.now() - started)} ms`);
}
