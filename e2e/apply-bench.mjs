#!/usr/bin/env node
// Times what a shopper waits for in the demo store: from clicking Apply on WELCOME10 to the new
// total painted, 50 times in Debian's Chromium, beside the BFF's own time for the same validations
// (the browser's time to first byte of each `POST /validate`), so the kit's share shows.
// Usage: pnpm --filter @promokit/e2e bench [-- --applies N]
import { parseArgs } from 'node:util';

import { chromium } from '@playwright/test';

import { chromiumArgs, chromiumPath } from '../.ci/chromium.mjs';
import { startDemo } from './support/start-demo.mjs';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { applies: { type: 'string', default: '50' } },
});
const applies = Number(values.applies);
if (!Number.isInteger(applies) || applies < 1)
  throw new RangeError(`--applies must be a positive integer, got ${values.applies}`);

const port = Number(process.env.PROMOKIT_BENCH_PORT ?? 4383);
const CODE = 'WELCOME10';

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(1)} ms`;

const demo = await startDemo(port);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The same cart as the journeys': a mug and a tote, enough for WELCOME10.
  await page.goto(demo.url);
  for (const product of ['Trail Mug', 'Canvas Tote'])
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: product }) })
      .getByRole('button', { name: 'Add to cart' })
      .click();
  await page.getByRole('link', { name: /^Cart/ }).click();
  await page.getByRole('heading', { name: 'Your cart' }).waitFor();
  const field = page.getByRole('textbox', { name: 'Promo or gift card code' });
  const remove = page.getByRole('button', { name: `Remove ${CODE}` });

  const bff = [];
  let timing = false;
  page.on('requestfinished', (request) => {
    if (!timing || !request.url().endsWith('/api/promotions/validate')) return;
    const { requestStart, responseStart } = request.timing();
    if (requestStart >= 0 && responseStart >= requestStart) bff.push(responseStart - requestStart);
  });

  const painted = [];
  const oneMore = page.getByRole('button', { name: 'One more Trail Mug' });
  for (let round = 0; round < applies; round++) {
    // A cart the kit has not validated with the code yet: one more mug each round, so every apply
    // asks the BFF (a repeated cart would be answered from the kit's cache, in a frame or two).
    // The cart's own validation, sent once the edit settles (the kit waits 300 ms for more edits).
    const mugs = round + 2;
    const settled = page.waitForResponse((response) => {
      if (!response.url().endsWith('/api/promotions/validate')) return false;
      const { cart, codes } = JSON.parse(response.request().postData() ?? '{}');
      return (
        codes?.length === 0 && cart?.lines?.some((line) => line.productId === 'mug' && line.quantity === mugs)
      );
    });
    await oneMore.click();
    await settled;
    await field.fill(CODE);
    timing = true;
    // Clicked and timed in the page: from the click to the second animation frame after the total
    // changed, by when the browser has painted it.
    painted.push(
      await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const summary = document.querySelector('[aria-label="Order summary"] dl');
            const apply = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Apply');
            if (!summary || !apply) return reject(new Error('no order summary or Apply button'));
            const before = summary.textContent;
            const started = performance.now();
            new MutationObserver((_, observer) => {
              if (summary.textContent === before) return;
              observer.disconnect();
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
            }).observe(summary, { subtree: true, childList: true, characterData: true });
            apply.click();
          }),
      ),
    );
    await remove.waitFor();
    timing = false;
    await remove.click();
    await remove.waitFor({ state: 'detached' });
  }

  const rows = [
    {
      measure: 'Apply → new total painted',
      p50: ms(percentile(painted, 50)),
      p95: ms(percentile(painted, 95)),
      n: painted.length,
    },
    {
      measure: 'BFF: POST /validate, time to first byte',
      p50: ms(percentile(bff, 50)),
      p95: ms(percentile(bff, 95)),
      n: bff.length,
    },
    {
      measure: 'the kit in the browser (difference of p50s)',
      p50: ms(percentile(painted, 50) - percentile(bff, 50)),
      p95: '',
      n: '',
    },
  ];
  console.info(`${applies} applies of ${CODE} in Chromium (${chromiumPath}), desktop width`);
  console.table(rows);
} finally {
  await browser.close();
  demo.stop();
}
