import { expect, test } from '@playwright/test';

import { applyCode, cartWith, expectNoAxeViolations, totals } from './support/store.js';

test('a $60.00 cart takes WELCOME10 and shows the discount and the new total', async ({ page }, testInfo) => {
  await cartWith(page, ['Trail Mug', 'Canvas Tote']);
  await expect(totals(page)).toContainText('Subtotal$60.00');
  await expect(totals(page)).toContainText('Shipping$6.95');

  await applyCode(page, 'welcome10');

  // Kept as typed; 10 % of the order, shipping included.
  await expect(page.getByText('welcome10 · −\u2060$6.70')).toBeVisible();
  await expect(totals(page)).toContainText('Total$60.25');
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

  await expect(page.getByRole('alert').filter({ hasText: 'NOPE' })).toHaveText(
    /We couldn't find the code NOPE/,
  );
  await expect(page.getByRole('textbox', { name: 'Promo or gift card code' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(totals(page)).toContainText('Total$66.95');
  await expectNoAxeViolations(page);
});

test('a $30.00 cart is told how much more WELCOME10 needs', async ({ page }) => {
  await cartWith(page, ['Field Cap']);
  await applyCode(page, 'WELCOME10');

  await expect(page.getByRole('alert').filter({ hasText: 'WELCOME10' })).toHaveText(
    /Add \$13\.05 more to use WELCOME10/,
  );
  await expect(totals(page)).toContainText('Total$36.95');
  await expectNoAxeViolations(page);
});
