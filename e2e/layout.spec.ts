import { type Page, type TestInfo, expect, test } from '@playwright/test';

import { applyCode, cartWith, totals } from './support/store.js';

/** The widths every page must fit without scrolling sideways: small and large phones, a tablet, a laptop. */
const WIDTHS = [320, 375, 768, 1280] as const;

/** Fails when the page is wider than the window, naming the elements that stick out. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .filter((element) => !element.closest('.table-scroll'))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
  expect(overflow.scrollWidth, `wider than the window: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(
    overflow.width,
  );
}

/** Keeps a full-page screenshot as a test artefact (in the HTML report and test-results/). */
async function keep(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ fullPage: true });
  await testInfo.attach(name, { body, contentType: 'image/png' });
  if (process.env.PROMOKIT_SCREENSHOTS_DIR) {
    await page.screenshot({ path: `${process.env.PROMOKIT_SCREENSHOTS_DIR}/${name}.png`, fullPage: true });
  }
}

/** Every page of the store, reached as a shopper reaches it. */
const pages: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'home', open: (page) => page.goto('/').then(() => undefined) },
  { name: 'category', open: (page) => page.goto('/?category=Bags').then(() => undefined) },
  { name: 'product', open: (page) => page.goto('/product/summit-daypack').then(() => undefined) },
  { name: 'empty-cart', open: (page) => page.goto('/cart').then(() => undefined) },
  {
    name: 'cart',
    open: async (page) => {
      await cartWith(page, ['Trail Mug', 'Canvas Tote', 'Packable Rain Shell']);
      await applyCode(page, 'WELCOME10');
      await expect(page.getByRole('region', { name: 'Applied discounts' })).toContainText('WELCOME10');
    },
  },
  {
    name: 'cart-long-code',
    open: async (page) => {
      await cartWith(page, ['Trail Mug', 'Canvas Tote']);
      await applyCode(page, 'SUMMER-SALE-2026-EXTRA-LONG-PARTNER-CODE42');
      await expect(page.getByRole('alert').filter({ hasText: 'SUMMER-SALE' })).toBeVisible();
    },
  },
  {
    name: 'checkout',
    open: async (page) => {
      await cartWith(page, ['Trail Mug', 'Canvas Tote']);
      await page.getByRole('link', { name: 'Checkout' }).click();
      await expect(totals(page)).toContainText('Total');
    },
  },
  {
    name: 'confirmation',
    open: async (page) => {
      await cartWith(page, ['Trail Mug', 'Canvas Tote']);
      await applyCode(page, 'WELCOME10');
      await expect(page.getByRole('region', { name: 'Applied discounts' })).toContainText('WELCOME10');
      await page.getByRole('link', { name: 'Checkout' }).click();
      await page.getByRole('textbox', { name: 'Full name' }).fill('Pat Shopper');
      await page.getByRole('textbox', { name: 'Email' }).fill('pat@example.com');
      await page.getByRole('button', { name: 'Place order' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeVisible();
    },
  },
  { name: 'sales-panel', open: (page) => page.goto('/sales').then(() => undefined) },
  {
    name: 'cart-arabic',
    open: async (page) => {
      await cartWith(page, ['Trail Mug', 'Canvas Tote']);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
      await page.getByRole('textbox', { name: 'رمز الخصم أو بطاقة الهدية' }).fill('WELCOME10');
      await page.getByRole('button', { name: 'تطبيق', exact: true }).click();
      await expect(page.getByRole('region', { name: 'الخصومات المطبّقة' })).toContainText('WELCOME10');
    },
  },
];

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 768 ? 740 : 900 } });
    for (const { name, open } of pages) {
      test(`the ${name} page fits without scrolling sideways`, async ({ page }, testInfo) => {
        await open(page);
        await page.waitForLoadState('networkidle');
        await expectNoSidewaysScroll(page);
        await keep(page, testInfo, `${name}-${width}`);
      });
    }
  });
}

/** The locale the store sets on the document for each of its languages. */
const LOCALES = { en: 'en-US', de: 'de-DE', ar: 'ar' } as const;

/** Every kind of page, in every language of the store, at a phone's width and a laptop's. */
for (const width of [375, 1280] as const) {
  for (const language of ['en', 'de', 'ar'] as const) {
    test.describe(`in ${language} at ${width} px`, () => {
      test.use({ viewport: { width, height: width < 768 ? 740 : 900 } });
      for (const { name, open } of pages.filter(
        (entry) => !['cart-long-code', 'cart-arabic', 'empty-cart', 'category'].includes(entry.name),
      )) {
        test(`the ${name} page fits without scrolling sideways`, async ({ page }, testInfo) => {
          await open(page);
          await page.locator('#language').selectOption(language);
          await expect(page.locator('html')).toHaveAttribute('lang', LOCALES[language]);
          await page.waitForLoadState('networkidle');
          await expectNoSidewaysScroll(page);
          await keep(page, testInfo, `${name}-${language}-${width}`);
        });
      }
    });
  }
}

test.describe('a 42-character code', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('keeps Apply, the amounts and Checkout inside the summary card', async ({ page }) => {
    await cartWith(page, ['Trail Mug', 'Canvas Tote']);
    const code = 'SUMMER-SALE-2026-EXTRA-LONG-PARTNER-CODE42';
    expect(code).toHaveLength(42);
    await applyCode(page, code);
    await expect(page.getByRole('alert').filter({ hasText: code })).toBeVisible();
    const card = await page.getByRole('complementary', { name: 'Order summary' }).boundingBox();
    for (const part of [
      page.getByRole('button', { name: 'Apply', exact: true }),
      totals(page),
      page.getByRole('link', { name: 'Checkout' }),
      page.getByRole('alert').filter({ hasText: code }),
    ]) {
      const box = await part.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(card!.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(card!.x + card!.width + 0.5);
    }
  });
});
