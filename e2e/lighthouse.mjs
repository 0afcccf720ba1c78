#!/usr/bin/env node
// Runs Lighthouse against the built demo store in Debian's Chromium and prints the performance,
// accessibility and best-practices scores and the cumulative layout shift of each page, on a phone
// (Lighthouse's default emulation) and on a desktop.
// Usage: pnpm --filter @promokit/e2e lighthouse
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { chromiumArgs, chromiumPath } from '../.ci/chromium.mjs';
import { startDemo } from './support/start-demo.mjs';

const port = Number(process.env.PROMOKIT_LIGHTHOUSE_PORT ?? 4373);
const pages = ['/', '/?category=Bags', '/product/mug', '/cart', '/checkout', '/sales'];

const demo = await startDemo(port);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumArgs,
});
const rows = [];
// Lighthouse's default is a phone (its mobile emulation and throttling); desktop is its preset.
const devices = { phone: undefined, desktop: desktopConfig };
try {
  for (const page of pages)
    for (const [device, config] of Object.entries(devices)) {
      const result = await lighthouse(
        new URL(page, demo.url).href,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        },
        config,
      );
      const { categories, audits } = result.lhr;
      const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
      rows.push({
        page,
        device,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        CLS: audits['cumulative-layout-shift']?.numericValue?.toFixed(3),
        LCP: `${Math.round(audits['largest-contentful-paint']?.numericValue ?? 0)} ms`,
      });
    }
} finally {
  await chrome.kill();
  demo.stop();
}
console.table(rows);
console.info('Aim: performance ≥ 95, accessibility 100, CLS 0.');
