import { pino } from 'pino';
import { describe, expect, it } from 'vitest';

import { jsonCatalog } from './catalog.js';
import { createBff } from './create-bff.js';
import { upstreamBudgets } from './upstream-budgets.js';
import { voucherifyUpstream } from './upstream.js';

describe('upstreamBudgets', () => {
  it('gives redeem longer than validate, and validate no less than qualifications, by default', () => {
    const budgetOf = upstreamBudgets();
    expect(budgetOf('/redeem')).toBeGreaterThan(budgetOf('/validate'));
    expect(budgetOf('/validate')).toBeGreaterThanOrEqual(budgetOf('/qualifications'));
  });

  it('finds the route under any mount path, and gives every other route the `other` budget', () => {
    const budgetOf = upstreamBudgets({ qualifications: 1, validate: 2, redeem: 3, other: 4 });
    expect(['/qualifications', '/api/promotions/validate', '/shop/api/redeem'].map(budgetOf)).toEqual([
      1, 2, 3,
    ]);
    expect(['/api/promotions/rollback', '/wallet', '/track', '/session'].map(budgetOf)).toEqual([4, 4, 4, 4]);
  });

  it('keeps the defaults of the routes not given, and one number sets every route', () => {
    const defaults = upstreamBudgets();
    const some = upstreamBudgets({ validate: 700 });
    expect(some('/validate')).toBe(700);
    expect(['/qualifications', '/redeem', '/wallet'].map(some)).toEqual(
      ['/qualifications', '/redeem', '/wallet'].map(defaults),
    );
    const one = upstreamBudgets(1234);
    expect(['/qualifications', '/validate', '/redeem', '/wallet'].map(one)).toEqual([1234, 1234, 1234, 1234]);
  });
});

describe('createBff refuses a bad upstreamBudgetMs', () => {
  const bff = (upstreamBudgetMs: unknown) => () =>
    createBff({
      upstream: voucherifyUpstream({ baseUrl: 'http://127.0.0.1:1', appId: 'a', appToken: 't' }),
      catalog: jsonCatalog('USD', []),
      currency: 'USD',
      logger: pino({ level: 'silent' }),
      upstreamBudgetMs: upstreamBudgetMs as number,
    });

  it.each([
    [0, 'upstreamBudgetMs must be a positive whole number of milliseconds, got 0'],
    [2.5, 'upstreamBudgetMs must be a positive whole number of milliseconds, got 2.5'],
    [{ redeem: -1 }, 'upstreamBudgetMs.redeem must be a positive whole number of milliseconds, got -1'],
    [
      { validate: Number.NaN },
      'upstreamBudgetMs.validate must be a positive whole number of milliseconds, got NaN',
    ],
  ])('%j with a RangeError', (budget, message) => {
    expect(bff(budget)).toThrow(new RangeError(message));
  });

  it.each([null, '2500'])('%j with a TypeError', (budget) => {
    expect(bff(budget)).toThrow(
      new TypeError(
        `upstreamBudgetMs must be a number or an object of routes' budgets, got ${String(budget)}`,
      ),
    );
  });

  it('naming a route it does not know with a TypeError', () => {
    expect(bff({ redemption: 9000 })).toThrow(
      new TypeError(
        'upstreamBudgetMs has no route "redemption"; its routes are qualifications, validate, redeem, other',
      ),
    );
  });
});
