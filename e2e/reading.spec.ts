import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SUBPATH_PORT } from '../playwright.config.ts';
import { SUBPATH } from './build-if-missing.ts';

const BRIEFING = '/briefings/003_4623ce7b0fab9b47/';
const PAGES = { home: '/', briefing: BRIEFING, entity: '/entities/vladimir-putin/', timeline: '/timeline/', quotes: '/quotes/', search: '/search/?q=Putin', about: '/about/' };

async function search(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  return page.locator('.pagefind-ui__result-link');
}

test.describe('search', () => {
  test('an entity page ranks first for its name, with highlighted excerpts', async ({ page }) => {
    const results = await search(page, 'Lukashenko');
    await expect(results.first()).toHaveAttribute('href', /\/entities\/alexander-lukashenko\/$/);
    await expect(page.locator('.pagefind-ui__result-excerpt mark').first()).toBeVisible();
  });

  test('filters narrow by kind, entity, person quoted and year; results can be sorted by date', async ({ page }) => {
    await search(page, 'Belarus');
    for (const name of ['kind', 'entity', 'person quoted', 'year']) await expect(page.locator(`input.pagefind-ui__filter-checkbox[name="${name}"]`).first()).toBeAttached();
    const kind = page.locator('.pagefind-ui__filter-block', { has: page.locator('input[name="kind"]') });
    await kind.locator('.pagefind-ui__filter-name').click();
    await kind.locator('input[value="entity"]').check();
    await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\/entities\//);
    await expect(page.locator('.pagefind-ui__result-link[href*="/briefings/"]')).toHaveCount(0);
    await kind.locator('input[value="entity"]').uncheck();

    await page.locator('#sort').selectOption('date');
    await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\/briefings\/003_4623ce7b0fab9b47\/$/);
  });

  test('"/" jumps to the search box on any page, and the search leads to the briefing', async ({ page }) => {
    await page.goto(BRIEFING);
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
    await page.keyboard.type('Skibitsky');
    await page.keyboard.press('Enter');
    await page.locator('.pagefind-ui__result-link', { hasText: /Iskander/ }).first().click();
    await expect(page).toHaveURL(new RegExp(`${BRIEFING}`));
  });
});

test.describe('reading', () => {
  test('a briefing shows date, reading time, key entities, related briefings and ships no script but the search loader', async ({ page }) => {
    await page.goto(BRIEFING);
    await expect(page.locator('.meta time')).toContainText('26 June 2022 (from the date line in the text)');
    await expect(page.locator('header .meta')).toContainText('min read');
    await expect(page.locator('.key-entities a', { hasText: 'Vladimir Putin' })).toBeVisible();
    await expect(page.locator('.related-briefings a')).toHaveCount(2);
    const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => ({ src: node.getAttribute('src'), text: node.textContent ?? '' })));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.src).toBeNull();
    expect(scripts[0]!.text).toContain('site-search');
  });

  test('the home page shows the latest briefings and the most mentioned entities', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.briefing-list li').first()).toContainText('26 June 2022');
    await expect(page.locator('.entity-counts li').first()).toContainText(/Belarus|Russia|Ukraine/);
  });

  for (const [name, path] of Object.entries(PAGES)) {
    test(`${name} page: no axe violations, fits 360 px, follows dark mode`, async ({ page }) => {
      await page.goto(path);
      if (name === 'search') await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);

      await page.setViewportSize({ width: 360, height: 740 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      await page.emulateMedia({ colorScheme: 'dark' });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [red, green, blue] = background.match(/\d+/g)!.map(Number);
      expect(red! + green! + blue!).toBeLessThan(150);
      const darkAxe = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(darkAxe.violations.map((violation) => violation.nodes[0]?.target.join(' '))).toEqual([]);
    });
  }

  test('keyboard: the first Tab reaches a visible skip link, and focus is always visible', async ({ page }) => {
    await page.goto(BRIEFING);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test.describe('print', () => {
  test('a printed briefing hides navigation, uses a serif, marks quotes without colour, and adds a glossary', async ({ page }) => {
    await page.goto(BRIEFING);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.search-form')).toBeHidden();
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Georgia|serif/);
    expect(await page.locator('.quote-text').first().evaluate((node) => getComputedStyle(node).fontStyle)).toBe('italic');
    await expect(page.locator('.glossary')).toBeVisible();
    await expect(page.locator('.glossary dt', { hasText: 'Alexander Lukashenko' })).toBeVisible();
    await expect(page.locator('.glossary dd', { hasText: '/entities/alexander-lukashenko/' })).toBeVisible();
    expect(await page.locator('h2').first().evaluate((node) => getComputedStyle(node).breakAfter)).toBe('avoid');
    for (const format of ['A4', 'Letter']) {
      const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format, preferCSSPageSize: false })) }).promise;
      expect(pdf.numPages, format).toBeGreaterThanOrEqual(2);
    }
  });

  test('every briefing has a PDF made at build time, with its pages and its quotes', async ({ page, request }) => {
    await page.goto(BRIEFING);
    const link = page.getByRole('link', { name: 'Download PDF' });
    const response = await request.get((await link.getAttribute('href'))!);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = await getDocument({ data: new Uint8Array(await response.body()) }).promise;
    expect(pdf.numPages).toBeGreaterThanOrEqual(2);
    let text = '';
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const content = await (await pdf.getPage(number)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    }
    expect(text.replace(/\s+/g, ' ')).toContain('main threat is about sabotage and reconnaissance groups');
    expect(text).toContain('Glossary of names');
    expect(text).toMatch(/1 \/ \d/);
  });
});

test.describe('hosting and data for other tools', () => {
  test('the site works from a sub-path: pages, links, assets, the favicon and search', async ({ page }) => {
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    const root = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`;
    await page.goto(root);
    // Static files in public/ are served from the sub-path too.
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBe(`${SUBPATH}favicon.svg`);
    expect((await page.request.get(new URL(icon!, root).href)).status()).toBe(200);
    await page.locator('.briefing-title', { hasText: /Iskander-M/ }).click();
    await expect(page).toHaveURL(`${root}briefings/003_4623ce7b0fab9b47/`);
    // This build was made with PDFs turned off: no link to a missing file.
    await expect(page.getByRole('link', { name: 'Download PDF' })).toHaveCount(0);
    await page.locator('.briefing-body a.mention', { hasText: 'Vladimir Putin' }).first().click();
    await expect(page).toHaveURL(`${root}entities/vladimir-putin/`);
    await page.locator('#site-search').fill('Skibitsky');
    await page.locator('#site-search').press('Enter');
    // This site's search is in several indexes: the entity's page is in the last one, its briefing in the first.
    await expect(page.locator(`.pagefind-ui__result-link[href="${SUBPATH}entities/vadym-skibitsky/"]`)).toHaveCount(1);
    await expect(page.locator(`.pagefind-ui__result-link[href="${SUBPATH}briefings/003_4623ce7b0fab9b47/"]`)).toHaveCount(1);
    // The filters gather every index's values.
    for (const kind of ['briefing', 'entity']) await expect(page.locator(`input.pagefind-ui__filter-checkbox[name="kind"][value="${kind}"]`)).toBeAttached();
    await page.locator('.pagefind-ui__result-link').first().click();
    await expect(page).toHaveURL(new RegExp(`^${root}`));
    expect(failures).toEqual([]);
  });

  test('an entity in many briefings previews the latest and has a page of every mention', async ({ page }) => {
    const root = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`;
    await page.goto(`${root}entities/gabrielius-landsbergis/`);
    await expect(page.locator('.mention-group')).toHaveCount(5);
    await expect(page.locator('.mention-group h3').first()).toContainText('Baltic energy talks, day 6');
    await page.getByRole('link', { name: 'All 11 mentions in 6 briefings, with every quote and event' }).click();
    await expect(page).toHaveURL(`${root}mentions/gabrielius-landsbergis/`);
    await expect(page.locator('.mention-group')).toHaveCount(6);
    await expect(page.locator('.mention-group').last()).toContainText('Ministers meet in Vilnius on energy links');
    await page.locator('.mention-group').last().locator('.context a').first().click();
    await expect(page).toHaveURL(new RegExp(`${root}briefings/with-source/#m\\d+$`));
  });

  test('a briefing shows its source, and prints the source link as an endnote', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}briefings/with-source/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ministers meet in Vilnius on energy links');
    await expect(page.locator('header .meta')).toContainText('14 March 2023 (from the front matter)');
    await expect(page.locator('header .meta a', { hasText: 'Example Wire' })).toHaveAttribute('href', 'https://example.org/news/ministers-meet-in-vilnius');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.endnotes')).toContainText('Example Wire: https://example.org/news/ministers-meet-in-vilnius');
  });

  test('an RSS feed and JSON files of briefings, entities, quotes and timeline', async ({ request }) => {
    const feed = await (await request.get('/rss.xml')).text();
    expect(feed.match(/<item>/g)).toHaveLength(3);
    expect(feed).toContain('/briefings/003_4623ce7b0fab9b47/');
    const json = async (name: string) => (await request.get(`/data/${name}.json`)).json();
    expect(await json('briefings')).toHaveLength(3);
    expect((await json('entities')).find((item: { id: string }) => item.id === 'vladimir-putin').briefings).toEqual(['003_4623ce7b0fab9b47', '004_1756103fc976af02']);
    expect((await json('quotes')).some((quote: { speaker: string }) => quote.speaker === 'dmitry-peskov')).toBe(true);
    expect((await json('timeline')).map((item: { date: string }) => item.date)).toEqual(['2022-06-26']);
  });
});
