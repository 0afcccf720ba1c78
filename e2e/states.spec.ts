import { type Page, expect, test } from '@playwright/test';

import { applyCode, cartWith, totals } from './support/store.js';

const chips = (page: Page) => page.getByRole('region', { name: 'Applied discounts' });
const codeStatus = (page: Page) =>
  page.getByRole('complementary', { name: 'Order summary' }).getByRole('status').first();

/** A CSS colour as the browser computes it for `selector`'s `property`. */
const computed = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

test.describe('states that describe the current answer', () => {
  test('the status stops saying a code applies once the cart falls below its minimum, and its chip stops looking applied', async ({
    page,
  }) => {
    await cartWith(page, ['Canvas Tote', 'Field Cap']);
    await applyCode(page, 'WELCOME10');
    await expect(codeStatus(page)).toHaveText('WELCOME10 applied');
    const applied = await computed(page, '[data-part="item"][data-state="applied"]', 'background-color');

    await page.getByRole('button', { name: 'Remove Canvas Tote' }).click();
    const chip = chips(page).locator('[data-part="item"]', { hasText: 'WELCOME10' });
    await expect(chip).toHaveAttribute('data-state', 'rejected');
    await expect(chip).toContainText('more to use WELCOME10');
    await expect(codeStatus(page)).toHaveText('');
    // A code that gives nothing never wears the applied chip's colour.
    expect(await chip.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(applied);
  });

  test('the status stops saying a code applies once it is removed', async ({ page }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await applyCode(page, 'WELCOME10');
    await expect(codeStatus(page)).toHaveText('WELCOME10 applied');
    await page.getByRole('button', { name: 'Remove WELCOME10' }).click();
    await expect(totals(page)).toContainText('Total$66.95');
    await expect(codeStatus(page)).toHaveText('');
  });

  test('the status stops saying a code applies once its campaign is paused from the sales panel', async ({
    page,
    context,
  }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await applyCode(page, 'WELCOME10');
    await expect(codeStatus(page)).toHaveText('WELCOME10 applied');
    const sales = await context.newPage();
    await sales.goto('/sales');
    await sales.getByRole('button', { name: 'Disable Welcome 10%' }).click();
    try {
      await expect(totals(page)).toContainText('Total$66.95');
      await expect(codeStatus(page)).toHaveText('');
      await expect(chips(page).locator('[data-part="item"]', { hasText: 'WELCOME10' })).toHaveAttribute(
        'data-state',
        'rejected',
      );
    } finally {
      await sales.getByRole('button', { name: 'Enable Welcome 10%' }).click();
      await expect(sales.getByRole('button', { name: 'Disable Welcome 10%' })).toBeVisible();
    }
  });

  test('"Offers you are close to" hides its list when closed', async ({ page }) => {
    await cartWith(page, ['Trail Mug']);
    const trigger = page.getByRole('button', { name: 'Offers you are close to' });
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    const list = page.locator('[data-scope="why-not-applied"][data-part="list"]');
    await expect(list).toBeHidden();
    await trigger.click();
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(list).toBeVisible();
    await trigger.click();
    await expect(list).toBeHidden();
  });

  test("the store's button styles do not reach the kit's buttons", async ({ page }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await page.getByRole('textbox', { name: 'Promo or gift card code' }).fill('WELCOME10');
    const apply = page.getByRole('button', { name: 'Apply', exact: true });
    const accent = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--promo-color-accent)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    // The store gives its buttons a white background and a dark border; the kit's Apply has neither.
    expect(await apply.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(accent);
    expect(await apply.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('none');
    await apply.click();
    const remove = page.getByRole('button', { name: 'Remove WELCOME10' });
    expect(await remove.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('none');
    expect(await remove.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    );
  });
});

test.describe('moving between pages', () => {
  test('a move within the store puts focus on the new page heading and gives each page its own title', async ({
    page,
  }) => {
    await cartWith(page, ['Trail Mug']);
    await expect(page).toHaveTitle(/^Your cart · /);
    await page.getByRole('link', { name: 'Checkout' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Checkout' });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(/^Checkout · /);
    await page.getByRole('link', { name: 'Shop', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Shop' })).toBeFocused();
    await expect(page).toHaveTitle(/^Shop · /);
    await page.getByRole('link', { name: 'Trail Mug' }).first().click();
    await expect(page).toHaveTitle(/^Trail Mug · /);
  });

  test('a skip link leads past the header to the page', async ({ page }) => {
    await page.goto('/cart');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('at checkout the code field comes before Place order', async ({ page }) => {
    await cartWith(page, ['Trail Mug']);
    await page.getByRole('link', { name: 'Checkout' }).click();
    const field = page.getByRole('textbox', { name: 'Promo or gift card code' });
    const place = page.getByRole('button', { name: 'Place order' });
    await expect(place).toBeVisible();
    const before = await field.evaluate(
      (element, button) => !!(element.compareDocumentPosition(button!) & Node.DOCUMENT_POSITION_FOLLOWING),
      await place.elementHandle(),
    );
    expect(before).toBe(true);
  });

  test('adding to the cart says so, with the way to the cart', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Field Cap' }) })
      .getByRole('button', { name: 'Add to cart' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText(
      'Field Cap added to your cart',
    );
    await expect(page.getByRole('link', { name: 'Cart (1)' })).toBeVisible();
  });

  test('a product page shows only that product’s offers', async ({ page }) => {
    await page.goto('/product/cap');
    await expect(page.getByRole('heading', { level: 1, name: 'Field Cap' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Each hint is an offer on the cap (the trail kit names it); none is another product's or the order's.
    const hints = await page.locator('[data-scope="offer-hint"]').allTextContents();
    expect(hints.length).toBeGreaterThan(0);
    for (const text of hints) expect(text).toContain('Field Cap');
  });

  test('the confirmation lists the order’s items and its full breakdown', async ({ page }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await applyCode(page, 'WELCOME10');
    await expect(chips(page)).toContainText('WELCOME10');
    await page.getByRole('link', { name: 'Checkout' }).click();
    await expect(page.getByRole('list', { name: 'Items' })).toContainText('Trail Mug');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Pat Shopper');
    await page.getByRole('textbox', { name: 'Email' }).fill('pat@example.com');
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeFocused();
    const summary = page.getByRole('region', { name: 'Order summary' });
    await expect(summary.getByRole('list', { name: 'Items' })).toContainText('1 × Trail Mug');
    await expect(summary.getByRole('list', { name: 'Items' })).toContainText('1 × Canvas Tote');
    for (const row of ['Subtotal$60.00', 'Shipping$6.95', 'Discount', 'Total$60.25']) {
      await expect(summary.locator('dl')).toContainText(row);
    }
  });
});

test.describe('the sales script', () => {
  test('"Start over" empties the cart and its codes, so the next row starts clean', async ({ page }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await applyCode(page, 'WELCOME10');
    await expect(chips(page)).toContainText('WELCOME10');
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByText('Your cart is empty.')).toBeVisible();
    await cartWith(page, ['Coffee Club']);
    await expect(chips(page)).toBeHidden();
    await expect(totals(page)).toContainText('Total$24.95');
  });

  test('the sales panel lists each campaign’s codes and shows expired and paused campaigns as such', async ({
    page,
  }) => {
    await page.goto('/sales');
    const row = (name: string) =>
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row('Welcome 10%')).toContainText('WELCOME10');
    await expect(row('Welcome 10%')).toContainText('Discount codes');
    await expect(row('Spring sale 2025')).toContainText('Expired');
    await expect(row('Paused partner code')).toContainText('Codes paused');
    await expect(row('Mug trio')).toContainText('Automatic promotion');
    await expect(page.getByRole('table')).not.toContainText('DISCOUNT_COUPONS');
  });
});

test.describe('languages', () => {
  test('German: the store, the kit and money in German', async ({ page }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await expect(page.getByRole('heading', { level: 1, name: 'Ihr Warenkorb' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await page.getByRole('textbox', { name: 'Gutschein- oder Geschenkkartencode' }).fill('WELCOME10');
    await page.getByRole('button', { name: 'Einlösen', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Angewendete Rabatte' })).toContainText(
      'WELCOME10 · −\u20606,70',
    );
    await expect(page.getByRole('complementary', { name: 'Bestellübersicht' }).locator('dl')).toContainText(
      'Gesamt60,25',
    );
  });

  test('Arabic: right to left, a real catalogue, and every amount drawn with its sign first and its currency after', async ({
    page,
  }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: 'سلتك' })).toBeVisible();
    await page.getByRole('textbox', { name: 'رمز الخصم أو بطاقة الهدية' }).fill('WELCOME10');
    await page.getByRole('button', { name: 'تطبيق', exact: true }).click();
    const label = page.locator('[data-scope="applied-discounts"][data-part="label"]', {
      hasText: 'WELCOME10',
    });
    await expect(label).toBeVisible();
    // Where the minus sign and the amount's first digit are drawn: the sign must be left of the digits.
    const [minusX, digitX] = await label.evaluate((element) => {
      const text = element.firstChild as Text;
      const at = (index: number) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect().left;
      };
      const minus = text.data.indexOf('−');
      return [at(minus), at(minus + text.data.slice(minus).search(/[0-9٠-٩]/))];
    });
    expect(minusX).toBeLessThan(digitX);

    // Every amount on the page, the store's lines and the kit's hints, chips and totals, is drawn
    // the same way: its minus sign left of its digits, its currency right of them.
    await expect(page.getByRole('complementary').locator('dl')).toHaveAttribute('aria-busy', 'false');
    const amounts = await page.locator('main').evaluate((main) => {
      const drawn: { amount: string; minus: number | null; digit: number; currency: number }[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        const box = (index: number) => {
          const range = document.createRange();
          range.setStart(text, index);
          range.setEnd(text, index + 1);
          return range.getBoundingClientRect();
        };
        for (const match of text.data.matchAll(/\u2066([^\u2069]*)\u2069/g)) {
          const start = (match.index ?? 0) + 1;
          const amount = match[1] ?? '';
          const digit = box(start + amount.search(/[0-9]/));
          // Read out only (a struck-through price's words): nothing drawn to compare.
          if (!digit.width) continue;
          const minus = amount.indexOf('−');
          drawn.push({
            amount,
            minus: minus < 0 ? null : box(start + minus).left,
            digit: digit.left,
            currency: box(start + amount.indexOf('$')).left,
          });
        }
      }
      return drawn;
    });
    expect(amounts.length).toBeGreaterThanOrEqual(8);
    expect(amounts.filter(({ minus }) => minus !== null).length).toBeGreaterThanOrEqual(2);
    for (const { amount, minus, digit, currency } of amounts) {
      expect(currency, amount).toBeGreaterThan(digit);
      if (minus !== null) expect(minus, amount).toBeLessThan(digit);
    }
  });
});
