import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';

async function cartWith(page: Page, products: string[]): Promise<void> {
  await page.goto('/');
  for (const product of products) {
    await page.getByRole('button', { name: `Add ${product} to cart` }).click();
  }
  await page.getByRole('link', { name: /^Cart/ }).click();
  await expect(page.getByRole('heading', { name: 'Your cart' })).toBeVisible();
}

async function applyCode(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Promo or gift card code' }).fill(code);
  await page.getByRole('button', { name: 'Apply' }).click();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

const totals = (page: Page) => page.getByRole('complementary', { name: 'Order summary' }).locator('dl');

test('a $60.00 cart takes WELCOME10 and shows the discount and the new total', async ({ page }, testInfo) => {
  await cartWith(page, ['Trail Mug', 'Canvas Tote']);
  await expect(totals(page)).toContainText('Subtotal$60.00');

  await applyCode(page, 'welcome10');

  await expect(page.getByText('WELCOME10 · −$6.00')).toBeVisible();
  await expect(totals(page)).toContainText('Discount-$6.00');
  await expect(totals(page)).toContainText('Total$54.00');
  await expect(page.getByRole('textbox', { name: 'Promo or gift card code' })).toHaveValue('');
  await expectNoAxeViolations(page);

  const screenshot = await page.screenshot({ fullPage: true });
  await testInfo.attach('cart with WELCOME10', { body: screenshot, contentType: 'image/png' });
  if (process.env.PROMOKIT_UPDATE_SCREENSHOTS) {
    await page.screenshot({
      path: new URL('screenshots/cart-with-code.png', import.meta.url).pathname,
      fullPage: true,
    });
  }
});

test('an unknown code is explained', async ({ page }) => {
  await cartWith(page, ['Trail Mug', 'Canvas Tote']);
  await applyCode(page, 'NOPE');

  await expect(page.getByRole('alert')).toHaveText("We couldn't find the code NOPE");
  await expect(page.getByRole('textbox', { name: 'Promo or gift card code' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(totals(page)).toContainText('Total$60.00');
  await expectNoAxeViolations(page);
});

test('a $30.00 cart is told how much more WELCOME10 needs', async ({ page }) => {
  await cartWith(page, ['Field Cap']);
  await applyCode(page, 'WELCOME10');

  await expect(page.getByRole('alert')).toHaveText('Add $20.00 more to use WELCOME10');
  await expect(totals(page)).toContainText('Total$30.00');
  await expectNoAxeViolations(page);
});
