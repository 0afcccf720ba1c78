import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type Page, expect, test } from '@playwright/test';

import { expectNoAxeViolations } from '../support/store.js';

const nextDir = join(import.meta.dirname, '../../apps/next-store/.next');

/**
 * Console errors and warnings (hydration errors among them), uncaught errors and failed requests of
 * a page. Link prefetches the browser drops when the page moves on are not failures.
 */
function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  return problems;
}

/** Promotion calls the page makes from the browser. */
function recordPromotionCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/promotions/')) calls.push(pathname);
  });
  return calls;
}

/** The order summary's totals list. */
const totals = (page: Page) => page.getByRole('complementary', { name: 'Order summary' }).locator('dl');

test('the shop and a product page carry their offer badges in the server HTML', async ({ request }) => {
  const productIds = ['mug', 'tote', 'summit-daypack'];
  // What the BFF answers for the listing, asked directly (a server call, no browser origin).
  const answer = (await (
    await request.post('/api/promotions/qualifications', {
      data: { stage: 'listing', cart: { lines: [] }, productIds },
    })
  ).json()) as { offers: { label: string; productIds?: string[] }[] };
  const shown = answer.offers.filter((offer) => offer.productIds?.some((id) => productIds.includes(id)));
  expect(shown.length).toBeGreaterThan(0);

  const listing = await (await request.get('/')).text();
  expect(listing).toContain('data-scope="offer-badge"');
  for (const offer of shown) expect(listing).toContain(offer.label);

  // The product page's badges, and what one costs delivered: `OrderTotals` from a Server Component.
  const product = await (await request.get('/product/mug')).text();
  expect(product).toContain('data-scope="offer-badge"');
  expect(product).toMatch(/data-scope="order-totals".*<dt>Total<\/dt><dd>\$31\.95<\/dd>/s);
});

for (const { path, heading } of [
  { path: '/', heading: 'Shop' },
  { path: '/product/mug', heading: 'Trail Mug' },
]) {
  test(`${path} hydrates without errors or warnings, fetches no offer again, and is accessible`, async ({
    page,
  }) => {
    const problems = recordProblems(page);
    const calls = recordPromotionCalls(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Badges came with the HTML; nothing asked for offers again after hydration.
    await expect(page.locator('[data-scope="offer-badge"]').first()).toBeVisible();
    expect(calls).toEqual([]);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
}

test('WELCOME10 applies in the cart, the total drops, and the order is placed at it', async ({ page }) => {
  const problems = recordProblems(page);
  await page.goto('/');
  for (const name of ['Trail Mug', 'Canvas Tote']) {
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name }) })
      .getByRole('button', { name: 'Add to cart' })
      .click();
  }
  await page.getByRole('link', { name: 'Cart (2)' }).click();
  await expect(page.getByRole('heading', { name: 'Your cart' })).toBeVisible();
  // $25.00 + $35.00 of goods and $6.95 of shipping.
  await expect(totals(page)).toContainText('Total$66.95');

  await page.getByRole('textbox', { name: 'Promo or gift card code' }).fill('welcome10');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();

  // 10 % of $66.95 is $6.70 (rounded half up), shown on a line of its own.
  await expect(page.getByText('welcome10 · −\u2060$6.70')).toBeVisible();
  await expect(totals(page)).toContainText('Total$60.25');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Checkout' }).click();
  await expect(totals(page)).toContainText('Total$60.25');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, your order is placed' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Order placed' })).toContainText('You saved $6.70');
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('the store is built from the packages as published, not from their sources', () => {
  const chunks = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? chunks(join(dir, entry.name))
        : entry.name.endsWith('.js')
          ? [readFileSync(join(dir, entry.name), 'utf8')]
          : [],
    );
  const server = chunks(join(nextDir, 'server')).join('\n');
  expect(server).toMatch(/packages\/ui\/dist\//);
  expect(server).not.toMatch(/packages\/(core|react|ui|bff|engine|voucherify)\/src\//);
});
