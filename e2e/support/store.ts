import AxeBuilder from '@axe-core/playwright';
import { type Page, type Request, expect } from '@playwright/test';

/** Adds products to the cart from the shop, by name, then opens the cart. */
export async function cartWith(page: Page, products: string[]): Promise<void> {
  await page.goto('/');
  for (const product of products) await addFromShop(page, product);
  await page.getByRole('link', { name: /^Cart/ }).click();
  await expect(page.getByRole('heading', { name: 'Your cart' })).toBeVisible();
}

/** Adds one product to the cart from the shop page, by name. */
export async function addFromShop(page: Page, product: string): Promise<void> {
  await page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: product }) })
    .getByRole('button', { name: 'Add to cart' })
    .click();
}

/** Types a code into the one code input and applies it. */
export async function applyCode(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Promo or gift card code' }).fill(code);
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
}

/** Switches the shopper with the persona switcher. */
export async function shopAs(page: Page, persona: string): Promise<void> {
  const switcher = page.getByRole('combobox', { name: 'Shopping as' });
  await expect(switcher).toBeEnabled();
  // The switcher shows the persona at once; the session is the shopper's once the BFF answers.
  const switched = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/promotions/session') && response.request().method() === 'POST',
  );
  await switcher.selectOption({ label: persona });
  expect((await switched).ok()).toBe(true);
}

/** The order summary's totals list. */
export const totals = (page: Page) =>
  page.getByRole('complementary', { name: 'Order summary' }).locator('dl');

/** Fails with the list of axe violations on the page, if any. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/**
 * Records the promotion calls a page makes (method, route and body), so a test can check that no
 * call is made twice.
 */
export function recordPromotionCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/promotions/') || url.pathname.endsWith('/events')) return;
    calls.push(`${request.method()} ${url.pathname} ${request.postData() ?? ''}`);
  });
  return calls;
}

/** The calls that were made more than once. */
export function duplicates(calls: readonly string[]): string[] {
  return calls.filter((call, index) => calls.indexOf(call) !== index);
}
