import { type Page, type TestInfo, expect, test } from '@playwright/test';

import {
  cartWith,
  duplicates,
  expectNoAxeViolations,
  recordPromotionCalls,
  totals,
} from './support/store.js';

/** Saves a full-page screenshot in the test's output folder (kept as a CI artifact). */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name.replaceAll(' ', '-')}.png`), fullPage: true });
}

/** Every page of the store: axe finds nothing, a screenshot is kept, and no promotion call repeats. */
const pages = [
  { name: 'listing', path: '/', heading: 'Shop' },
  { name: 'category', path: '/?category=Bags', heading: 'Bags' },
  { name: 'product', path: '/product/mug', heading: 'Trail Mug' },
  { name: 'empty cart', path: '/cart', heading: 'Your cart' },
  { name: 'sales panel', path: '/sales', heading: 'Sales panel' },
];

for (const { name, path, heading } of pages) {
  test(`the ${name} page is accessible and makes each promotion call once`, async ({ page }, testInfo) => {
    const calls = recordPromotionCalls(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    expect(duplicates(calls)).toEqual([]);
    await keepScreenshot(page, testInfo, name);
  });
}

test('the cart and checkout pages with items are accessible and make each promotion call once', async ({
  page,
}, testInfo) => {
  await cartWith(page, ['Trail Mug', 'Canvas Tote']);
  const calls = recordPromotionCalls(page);
  await page.reload();
  await expect(totals(page)).toContainText('Total$66.95');
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, 'cart');

  await page.getByRole('link', { name: 'Checkout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  await expect(totals(page)).toContainText('Total$66.95');
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, 'checkout');
  expect(duplicates(calls)).toEqual([]);
});
