import { expect, test } from '@playwright/test';

test('the home page lists every briefing with a derived title', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Briefings' })).toBeVisible();
  const titles = page.locator('.briefing-list .briefing-title');
  await expect(titles).toHaveCount(3);
  await expect(titles.filter({ hasText: 'Russian President Vladimir Putin has announced' })).toHaveCount(1);
});

test('a briefing highlights a quote with its speaker and drops page furniture', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Kremlin denied it was pressing Belarus/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('The Kremlin denied');
  const quote = page.locator('.quote', { hasText: 'I regard these as absolutely stupid fabrications' });
  await expect(quote.locator('.quote-text')).toBeVisible();
  await expect(quote.locator('.quote-speaker')).toHaveText('Dmitry Peskov');
  await expect(quote.locator('.quote-speaker')).toHaveAttribute('href', /\/entities\/dmitry-peskov\/$/);
  // Furniture is out of the body but kept in the audit list.
  await expect(page.locator('.briefing-body')).not.toContainText('Opens in new window');
  await expect(page.locator('details.removed')).toContainText('Opens in new window');
});

test('an entity link leads to the entity page and on to another briefing that mentions it', async ({ page }) => {
  await page.goto('/briefings/003_4623ce7b0fab9b47/');
  await page.locator('.briefing-body a.mention', { hasText: 'Vladimir Putin' }).first().click();
  await expect(page).toHaveURL(/\/entities\/vladimir-putin\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vladimir Putin');
  await expect(page.locator('.aliases')).toContainText('Mr Putin');
  const briefings = page.locator('.entity-briefings a');
  await expect(briefings).toHaveCount(2);
  await briefings.filter({ hasText: 'Kremlin denied' }).click();
  await expect(page).toHaveURL(/\/briefings\/004_1756103fc976af02\/$/);
  await expect(page.locator('.briefing-body a.mention[href$="/entities/vladimir-putin/"]').first()).toBeVisible();
});

test('the timeline puts dated briefings in order by year and month, undated ones apart, with resolved events', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.locator('.timeline-year > h2')).toHaveText(['2022']);
  await expect(page.locator('.timeline-month > h3')).toHaveText(['June 2022']);
  await expect(page.locator('.timeline-month .events')).toContainText('25 June 2022');
  await expect(page.locator('.timeline-undated .timeline-entry')).toHaveCount(2);
  // An event leads to its place in the briefing.
  await page.locator('.timeline-month .events a', { hasText: 'on Saturday, 25 June' }).click();
  await expect(page).toHaveURL(/\/briefings\/003_4623ce7b0fab9b47\/#t1$/);
  await expect(page.locator('#t1')).toHaveText('on Saturday, 25 June');
  await expect(page.locator('#t1')).toHaveAttribute('datetime', '2022-06-25');
});

test('the timeline narrows to one entity, and entity pages show their dated events', async ({ page }) => {
  await page.goto('/entities/alexander-lukashenko/');
  await expect(page.locator('#events + .events')).toContainText('25 June 2022');
  await page.getByRole('link', { name: /See the timeline of briefings that mention/ }).click();
  await expect(page).toHaveURL(/\/timeline\/\?entity=alexander-lukashenko$/);
  await expect(page.locator('.timeline-entry:visible')).toHaveCount(2);
  await page.locator('#timeline-entity').selectOption('hanna-maliar');
  await expect(page.locator('.timeline-entry:visible')).toHaveCount(1);
  await expect(page.locator('.timeline-entry:visible')).toContainText('trying to concentrate');
  await expect(page.locator('.timeline-year')).toBeHidden();
  await page.locator('#timeline-entity').selectOption('');
  await expect(page.locator('.timeline-entry:visible')).toHaveCount(3);
});

test('search finds a briefing by a word from its body', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search briefings' }).fill('Severodonetsk');
  await page.getByRole('searchbox', { name: 'Search briefings' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Severodonetsk/);
  const result = page.locator('.pagefind-ui__result-link').filter({ hasText: /concentrate/ }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/briefings\/000_5968d82b35829f7a\//);
});
