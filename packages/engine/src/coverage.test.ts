import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { CAPABILITIES, coverageTable } from './coverage.js';

const here = dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(join(here, '..', 'README.md'), 'utf8');
const START = '<!-- coverage:start (generated from src/coverage.ts; coverage.test.ts checks it) -->';
const END = '<!-- coverage:end -->';

describe("the README's coverage table", () => {
  it('is the table CAPABILITIES makes, word for word', () => {
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const inReadme = readme
      .slice(start + START.length, end)
      .replace(/<!-- prettier-ignore-(start|end) -->/g, '')
      .trim();
    expect(inReadme).toBe(coverageTable());
  });

  it('names, for every capability it claims, a test that exists, and says what is missing otherwise', () => {
    for (const entry of CAPABILITIES) {
      if (entry.support !== 'no') {
        expect(entry.test, entry.capability).toBeDefined();
        expect(existsSync(join(here, entry.test ?? '')), `${entry.capability}: src/${entry.test}`).toBe(true);
      }
      if (entry.support !== 'yes') expect(entry.gap, entry.capability).toBeDefined();
    }
  });

  it('changes when a capability changes, so it cannot drift', () => {
    const changed = CAPABILITIES.map((entry, i) =>
      i === 0 ? { ...entry, support: 'no' as const, gap: 'x' } : entry,
    );
    expect(coverageTable(changed)).not.toBe(coverageTable());
  });
});
