import { type BrowserContext, type Page, expect, test } from '@playwright/test';

import { addFromShop, applyCode, cartWith, expectNoAxeViolations, shopAs, totals } from './support/store.js';

/** Goes to checkout, fills in the form and places the order. */
async function placeOrder(page: Page, options: { decline?: boolean } = {}): Promise<void> {
  await page.getByRole('link', { name: 'Checkout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  await submitOrder(page, options);
}

/** On the checkout page: fills in the form and places the order. */
async function submitOrder(page: Page, { decline = false } = {}): Promise<void> {
  await page.getByRole('textbox', { name: 'Full name' }).fill('Pat Shopper');
  await page.getByRole('textbox', { name: 'Email' }).fill('pat@example.com');
  await page.getByRole('checkbox', { name: 'Decline the payment (demo)' }).setChecked(decline);
  await page.getByRole('button', { name: 'Place order' }).click();
}

const chip = (page: Page, text: string) =>
  page.getByRole('region', { name: 'Applied discounts' }).getByText(text, { exact: false });

test.describe('a whole journey per persona', () => {
  test('guest: WELCOME10 from cart to confirmation', async ({ page }, testInfo) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await applyCode(page, 'WELCOME10');
    await expect(chip(page, 'WELCOME10 · −\u2060$6.70')).toBeVisible();
    await placeOrder(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
    await expect(page.getByText('You saved $6.70')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('confirmation.png'), fullPage: true });
  });

  test('new customer: the first-order code applies', async ({ page }) => {
    await page.goto('/');
    await shopAs(page, 'New customer');
    await cartWith(page, ['Canvas Tote']);
    await applyCode(page, 'FIRSTORDER');
    await expect(chip(page, 'FIRSTORDER')).toBeVisible();
    await placeOrder(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
  });

  test('returning customer: a code from the wallet in one click, and no first-order code', async ({
    page,
  }) => {
    await page.goto('/');
    await shopAs(page, 'Returning customer');
    await cartWith(page, ['Canvas Tote', 'Field Cap']);
    await page.getByRole('button', { name: 'Apply COMEBACK15' }).click();
    await expect(chip(page, 'COMEBACK15')).toBeVisible();
    await applyCode(page, 'FIRSTORDER');
    await expect(page.getByRole('alert').filter({ hasText: 'FIRSTORDER' })).toBeVisible();
    await placeOrder(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
  });

  test('loyalty member: the VIP code applies', async ({ page }) => {
    await page.goto('/');
    await shopAs(page, 'Loyalty member');
    await cartWith(page, ['Canvas Tote', 'Field Cap']);
    await applyCode(page, 'VIP20');
    await expect(chip(page, 'VIP20')).toBeVisible();
    await placeOrder(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
  });

  test('referred friend: the friend’s referral code applies', async ({ page }) => {
    await page.goto('/');
    await shopAs(page, 'Referred friend');
    await cartWith(page, ['Canvas Tote', 'Field Cap']);
    await applyCode(page, 'REF-ALEX');
    await expect(chip(page, 'REF-ALEX')).toBeVisible();
    await placeOrder(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
  });
});

test.describe('every rejection explained', () => {
  for (const [code, message] of [
    ['NOPE', "We couldn't find the code NOPE"],
    ['OLDSPRING', 'The code OLDSPRING has expired'],
    ['AUTUMN20', "The code AUTUMN20 isn't active yet"],
    ['PAUSED5', 'The code PAUSED5 is no longer active'],
    ['LASTONE', 'The code LASTONE has been used up'],
  ] as const) {
    test(`${code}: ${message}`, async ({ page }) => {
      await cartWith(page, ['Trail Mug', 'Canvas Tote']);
      await applyCode(page, code);
      await expect(page.getByRole('alert').filter({ hasText: code })).toContainText(message);
    });
  }

  test('below the minimum: "Add $13.05 more" leads to the shop, and then the code applies', async ({
    page,
  }) => {
    await cartWith(page, ['Field Cap']);
    await applyCode(page, 'WELCOME10');
    await expect(page.getByRole('alert').filter({ hasText: 'WELCOME10' })).toContainText(
      'Add $13.05 more to use WELCOME10',
    );
    await page.getByRole('link', { name: 'Add $13.05 more' }).click();
    await addFromShop(page, 'Canvas Tote');
    await page.getByRole('link', { name: /^Cart/ }).click();
    await applyCode(page, 'WELCOME10');
    await expect(chip(page, 'WELCOME10 · −\u2060$7.20')).toBeVisible();
  });

  test('a code for signed-in shoppers asks a guest to sign in', async ({ page }) => {
    await cartWith(page, ['Canvas Tote', 'Field Cap']);
    await applyCode(page, 'VIP20');
    await expect(page.getByRole('alert').filter({ hasText: 'VIP20' })).toBeVisible();
  });

  test('missing items: the code says what to add, and applies once it is there', async ({ page }) => {
    await cartWith(page, ['Trail Mug']);
    await applyCode(page, 'FREEMONTH');
    await expect(page.getByRole('alert').filter({ hasText: 'FREEMONTH' })).toContainText('Coffee Club');
    await page.getByRole('link', { name: 'Add the missing items' }).click();
    await addFromShop(page, 'Coffee Club');
    await page.getByRole('link', { name: /^Cart/ }).click();
    await applyCode(page, 'FREEMONTH');
    await expect(chip(page, 'FREEMONTH')).toBeVisible();
  });

  test('a guest asked to sign in is taken to the persona switcher, and then the code applies', async ({
    page,
  }) => {
    await cartWith(page, ['Canvas Tote', 'Field Cap']);
    await applyCode(page, 'VIP20');
    await expect(page.getByRole('alert').filter({ hasText: 'VIP20' })).toContainText('Sign in to use VIP20');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await expect(page.getByRole('combobox', { name: 'Shopping as' })).toBeInViewport();
    await shopAs(page, 'Loyalty member');
    await applyCode(page, 'VIP20');
    await expect(chip(page, 'VIP20')).toBeVisible();
  });

  test('guessing codes is stopped after too many failed attempts', async ({ page }) => {
    await cartWith(page, ['Trail Mug']);
    const alert = page.getByRole('alert').filter({ hasText: /GUESS|attempts/ });
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      await applyCode(page, `GUESS${attempt}`);
      await expect(alert).toContainText(`GUESS${attempt}`);
    }
    await applyCode(page, 'GUESS11');
    await expect(alert).toContainText('Too many attempts. Please wait a moment and try again');
  });

  test('the referrer cannot use their own referral code', async ({ page }) => {
    await page.goto('/');
    await shopAs(page, 'Returning customer');
    await cartWith(page, ['Canvas Tote', 'Field Cap']);
    await applyCode(page, 'REF-ALEX');
    await expect(page.getByRole('alert').filter({ hasText: /own referral code/ })).toBeVisible();
  });
  test('a code that cannot be combined offers to replace the others', async ({ page }) => {
    await cartWith(page, ['Canvas Tote', 'Field Cap']);
    await applyCode(page, 'WELCOME10');
    await expect(chip(page, 'WELCOME10 · −\u2060$')).toBeVisible();
    await applyCode(page, 'CLEARANCE30');
    await page.getByRole('button', { name: 'Remove WELCOME10 and use this' }).click();
    await expect(chip(page, 'CLEARANCE30')).toBeVisible();
    await expect(chip(page, 'WELCOME10')).toHaveCount(0);
  });
});

test.describe('codes across the journey', () => {
  test('stacked codes, then one removed', async ({ page }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await applyCode(page, 'WELCOME10');
    await applyCode(page, 'SAVE5');
    await expect(chip(page, 'WELCOME10 · −\u2060$6.70')).toBeVisible();
    await expect(chip(page, 'SAVE5 · −\u2060$5.00')).toBeVisible();
    await expect(totals(page)).toContainText('Total$55.25');
    await page.getByRole('button', { name: 'Remove SAVE5' }).click();
    await expect(totals(page)).toContainText('Total$60.25');
    await expect(page.getByRole('button', { name: 'Remove WELCOME10' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(totals(page)).toContainText('Total$66.95');
    await expect(page.getByRole('textbox', { name: 'Promo or gift card code' })).toBeFocused();
  });

  test('a reload keeps the applied codes', async ({ page }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await applyCode(page, 'WELCOME10');
    await expect(chip(page, 'WELCOME10 · −\u2060$6.70')).toBeVisible();
    await page.reload();
    await expect(chip(page, 'WELCOME10 · −\u2060$6.70')).toBeVisible();
    await expect(totals(page)).toContainText('Total$60.25');
  });

  test('a declined payment rolls the single-use code back, and it works again', async ({ page }) => {
    // ONCE10 is the returning customer's own code.
    await page.goto('/');
    await shopAs(page, 'Returning customer');
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await applyCode(page, 'ONCE10');
    await expect(chip(page, 'ONCE10')).toBeVisible();
    await placeOrder(page, { decline: true });
    await expect(page.getByRole('alert').filter({ hasText: 'declined' })).toBeVisible();
    await expect(chip(page, 'ONCE10')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Decline the payment (demo)' }).uncheck();
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
  });

  test('a campaign disabled from the sales panel leaves an open cart', async ({ page, context }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await applyCode(page, 'WELCOME10');
    await expect(chip(page, 'WELCOME10 · −\u2060$6.70')).toBeVisible();

    const sales = await context.newPage();
    await sales.goto('/sales');
    await sales.getByRole('button', { name: 'Disable Welcome 10%' }).click();
    await expect(sales.getByRole('button', { name: 'Enable Welcome 10%' })).toBeVisible();

    await expect(chip(page, 'WELCOME10 · −\u2060$6.70')).toHaveCount(0);
    await expect(totals(page)).toContainText('Total$66.95');
    await sales.getByRole('button', { name: 'Enable Welcome 10%' }).click();
    await expect(chip(page, 'WELCOME10 · −\u2060$6.70')).toBeVisible();
  });

  test('checkout with the keyboard only', async ({ page }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await page.getByRole('link', { name: 'Checkout' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Full name' }).focus();
    await page.keyboard.type('Pat Shopper');
    await page.keyboard.press('Tab');
    await page.keyboard.type('pat@example.com');
    await page.getByRole('textbox', { name: 'Promo or gift card code' }).focus();
    await page.keyboard.type('WELCOME10');
    await page.keyboard.press('Enter');
    await expect(chip(page, 'WELCOME10 · −\u2060$6.70')).toBeVisible();
    await page.getByRole('button', { name: 'Place order' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
  });
});

test.describe('paying with cards', () => {
  test('loyalty member: part of a gift card, then points, at checkout', async ({ page }) => {
    await page.goto('/');
    await shopAs(page, 'Loyalty member');
    await cartWith(page, ['Summit Daypack']);
    await page.getByRole('link', { name: 'Checkout' }).click();

    const amount = page.getByRole('textbox', { name: 'Amount to use from GIFT-5000-DEMO' });
    await amount.fill('80');
    await page.getByRole('button', { name: 'Use $80.00' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'up to' })).toContainText(
      'Enter an amount above 0 and up to $50.00',
    );
    await amount.fill('20');
    await page.getByRole('button', { name: 'Use $20.00' }).click();
    await expect(chip(page, 'GIFT-5000-DEMO')).toContainText('pays $20.00');

    const points = page.getByRole('slider', { name: 'Points to use' });
    await points.focus();
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowRight');
    await expect(points).toHaveAttribute('aria-valuetext', '500 points = $5.00');
    await page.getByRole('button', { name: 'Use points' }).click();
    await expect(chip(page, 'LOYALTY-SAM')).toContainText('pays $5.00');
    // The cards pay what the discounts left: free shipping stays, and the rest is due.
    await expect(totals(page)).toContainText(/Shipping\$6\.95 ?Free/);
    await expect(totals(page)).toContainText('To pay$64.00');

    await submitOrder(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
    await expect(page.getByText(/You earned 64 points on \$64\.00/)).toBeVisible();
    await expect(page.getByText('$64.00 charged to your card')).toBeVisible();
  });
});

test('a non-money incentive: a free month of the subscription', async ({ page }) => {
  await cartWith(page, ['Coffee Club']);
  await applyCode(page, 'FREEMONTH');
  await expect(chip(page, 'FREEMONTH · −\u2060$18.00')).toBeVisible();
  await expect(chip(page, '1 free Coffee Club')).toBeVisible();
  await expect(totals(page)).toContainText('Total$6.95');
});

/** Takes promotions offline from the sales panel in another tab, runs `during`, then brings them back. */
async function whilePromotionsOffline(context: BrowserContext, during: () => Promise<void>): Promise<void> {
  const sales = await context.newPage();
  await sales.goto('/sales');
  const service = sales.getByRole('status').filter({ hasText: 'service' });
  await sales.getByRole('button', { name: 'Take promotions offline' }).click();
  await expect(service).toHaveText('The promotions service is offline.');
  try {
    await during();
  } finally {
    await sales.getByRole('button', { name: 'Bring promotions back online' }).click();
    await expect(service).toHaveText('The promotions service is online.');
  }
}

test('with the promotions service offline, codes say so and the order is still placed', async ({
  page,
  context,
}) => {
  await cartWith(page, ['Trail Mug', 'Canvas Tote']);
  await whilePromotionsOffline(context, async () => {
    await page.reload();
    await applyCode(page, 'WELCOME10');
    await expect(page.getByRole('alert').filter({ hasText: 'unavailable' })).toContainText(
      'Promotions are unavailable right now',
    );
    await expect(totals(page)).toContainText('Total$66.95');
    await placeOrder(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
  });
});

test('a code applied before the promotions service went offline never blocks the order', async ({
  page,
  context,
}) => {
  await cartWith(page, ['Trail Mug', 'Canvas Tote']);
  await applyCode(page, 'WELCOME10');
  await expect(chip(page, 'WELCOME10 · −\u2060')).toBeVisible();
  await whilePromotionsOffline(context, async () => {
    await page.reload();
    await page.getByRole('link', { name: 'Checkout' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    // Before paying, the shopper sees the full price and why.
    await expect(page.getByText('Promotions are unavailable right now').first()).toBeVisible();
    await expect(totals(page)).toContainText('Total$66.95');
    await submitOrder(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
    await expect(page.getByText('$66.95 charged to your card')).toBeVisible();
    await expect(
      page.getByText('WELCOME10 was not applied: promotions were unavailable when the order was placed'),
    ).toBeVisible();
    const breakdown = page.getByRole('region', { name: 'Order summary' }).locator('dl');
    await expect(breakdown).toContainText('Shipping$6.95');
    await expect(breakdown).toContainText('Total$66.95');
  });
});
