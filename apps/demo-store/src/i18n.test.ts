import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { DEMO_PERSONAS } from '@promokit/bff';
import seed from '@promokit/engine/seeds/demo.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';

import { KINDS } from '../server/demo-control.js';
import { categories } from './catalog.js';
import { COPY, storeCopy } from './i18n.js';
import { PROMOTION_NAMES } from './promotion-names.js';
import { STATUS_WORDS } from './sales-panel.js';

const sources = import.meta.dirname;

/** Every literal the store's pages pass to `t(...)`, read from their sources. */
const literals = readdirSync(sources)
  .filter((file) => file.endsWith('.tsx') && !file.includes('.test.'))
  .flatMap((file) =>
    [
      ...readFileSync(join(sources, file), 'utf8').matchAll(
        /\bt\(\s*(?:[^,()]*\?\s*)?(['"])((?:\\.|(?!\1).)+)\1(?:\s*:\s*(['"])((?:\\.|(?!\3).)+)\3)?/g,
      ),
    ].flatMap((match) => [match[2], match[4]].filter((text): text is string => !!text)),
  )
  .map((text) => text.replace(/\\(['"])/g, '$1'));

/** Texts the store translates that come from data: personas, categories, campaign kinds and states. */
const fromData = [
  ...DEMO_PERSONAS.map((persona) => persona.label),
  ...categories,
  ...Object.values(KINDS),
  ...Object.values(STATUS_WORDS),
];

/** Names of the seed's campaigns and promotion tiers, as offers, chips and the sales panel get them. */
const seedNames = seed.campaigns.flatMap((campaign) => [
  campaign.name,
  ...('tiers' in campaign ? (campaign.tiers ?? []).map((tier) => tier.name) : []),
]);

const arabic = /\p{Script=Arabic}/u;

describe("the store's copy", () => {
  it('finds the texts the pages show', () => {
    expect(literals).toContain('Your cart');
    expect(literals).toContain('Disable {campaign}');
    expect(literals).toContain("We couldn't place your order. Please try again.");
    expect(literals.length).toBeGreaterThan(60);
  });

  for (const language of ['de', 'ar'] as const) {
    it(`has every text of every page in ${language}`, () => {
      const missing = [...new Set([...literals, ...fromData])].filter((text) => !(text in COPY[language]));
      expect(missing).toEqual([]);
    });
  }

  it('is Arabic in Arabic, not English', () => {
    const english = Object.entries(COPY.ar).filter(
      ([, text]) => !arabic.test(text) && /[a-z]{3}/i.test(text.replace(/\{\w+\}/g, '')),
    );
    expect(english).toEqual([]);
  });

  it('writes an amount in its copy as the kit does, with the currency', () => {
    const copy = storeCopy('ar');
    expect(copy.money(7500)).toBe('\u206675.00\u00a0US$\u2069');
    for (const language of ['de', 'ar'] as const) {
      expect(
        Object.values(COPY[language]).filter((text) => /\d+(?:[.,]\d\d)?\s?\$|\$\s?\d/.test(text)),
      ).toEqual([]);
    }
  });
});

describe('the names of campaigns and promotions', () => {
  it('name every campaign and promotion tier of the demo seed', () => {
    expect(seedNames).toContain('5% off from 100.00');
    expect(seedNames.filter((name) => !(name in PROMOTION_NAMES))).toEqual([]);
  });

  it('carry a currency with every amount, in every language', () => {
    for (const [english, name] of Object.entries(PROMOTION_NAMES)) {
      for (const language of ['en', 'de', 'ar'] as const) {
        expect(name[language], `${english} in ${language}`).not.toMatch(/\d[.,]\d\d/);
        expect(name[language].includes('{amount}'), `${english} in ${language}`).toBe(
          name.amount !== undefined,
        );
      }
      expect(name.ar, english).toMatch(arabic);
    }
    expect(storeCopy('en').promotionName('5% off from 100.00')).toBe('5% off from $100.00');
    expect(storeCopy('de').promotionName('5% off from 100.00')).toBe('5 % Rabatt ab 100,00\u00a0$');
    expect(storeCopy('ar').promotionName('5% off from 100.00')).toBe('خصم 5% من \u2066100.00\u00a0US$\u2069');
    expect(storeCopy('ar').promotionName('A campaign the seed lacks')).toBe('A campaign the seed lacks');
  });
});
