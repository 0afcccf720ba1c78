import { afterEach, describe, expect, it } from 'vitest';

import { parseSeed } from '../seed/parse-seed.js';
import type { SeedRuleSet } from '../seed/seed-rule-set-schema.js';
import type { SeedInput } from '../seed/seed-schema.js';
import { engineOverHttp, type EngineOverHttp } from '../test-support/engine-http.js';
import { expectConformant } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';

const dir = tempDirPerTest();
let opened: EngineOverHttp | undefined;
afterEach(() => opened?.engine.close());

const segments: SeedInput['segments'] = [
  { id: 'seg_Friends', name: 'Friends of the shop', type: 'static', customers: ['ann', 'bob'] },
  {
    id: 'seg_Regulars',
    name: 'Regulars',
    type: 'auto',
    filters: {
      junction: 'and',
      'metadata.visits': { conditions: { $more_than_or_equal: [10] } },
      'metadata.email': { conditions: { $ends_with: ['@example.com'] } },
    },
  },
  {
    id: 'seg_Nordics',
    name: 'Nordics',
    type: 'auto',
    filters: { junction: 'or', 'metadata.country': { conditions: { $in: ['SE', 'NO', 'DK'] } } },
  },
];

function open(rules: SeedRuleSet): EngineOverHttp {
  opened = engineOverHttp(dir.path('engine.db'), {
    version: 1,
    segments,
    customers: [
      { id: 'cust_Ann', source_id: 'ann', metadata: { visits: 3, email: 'ann@example.com' } },
      { id: 'cust_Cid', source_id: 'cid', metadata: { visits: 12, email: 'cid@example.com', country: 'SE' } },
    ],
    validation_rules: [{ id: 'val_Audience', name: 'Audience', rules }],
    campaigns: [
      {
        id: 'camp_Audience',
        name: 'Audience',
        type: 'DISCOUNT_COUPONS',
        validation_rules: ['val_Audience'],
        vouchers: [{ id: 'v_Aud', code: 'AUDIENCE', discount: { type: 'PERCENT', percent_off: 10 } }],
      },
    ],
  });
  return opened;
}

async function keyFor(rules: SeedRuleSet, body: Record<string, unknown>): Promise<string | undefined> {
  const response = expectConformant(
    await open(rules).validate({
      redeemables: [{ object: 'voucher', id: 'AUDIENCE' }],
      order: { amount: 5000 },
      ...body,
    }),
  );
  opened?.engine.close();
  opened = undefined;
  const result = response.redeemables[0];
  return result?.status === 'INAPPLICABLE' ? (result.result.error?.key ?? undefined) : undefined;
}

const one = (rule: Record<string, unknown>): SeedRuleSet =>
  ({ '1': rule, logic: '1' }) as unknown as SeedRuleSet;
const segment = (conditions: Record<string, unknown>) => one({ name: 'customer.segment', conditions });

describe('customer segments', () => {
  it.each<[string, SeedRuleSet, Record<string, unknown>, string | undefined]>([
    ['a static member', segment({ $is: ['seg_Friends'] }), { customer: { source_id: 'bob' } }, undefined],
    [
      'not on the static list',
      segment({ $is: ['seg_Friends'] }),
      { customer: { source_id: 'cid' } },
      'customer_rules_violated',
    ],
    [
      'auto: 12 visits at example.com',
      segment({ $is: ['seg_Regulars'] }),
      { customer: { source_id: 'cid' } },
      undefined,
    ],
    [
      'auto: only 3 visits',
      segment({ $is: ['seg_Regulars'] }),
      { customer: { source_id: 'ann' } },
      'customer_rules_violated',
    ],
    [
      'one of two segments',
      segment({ $in: ['seg_Regulars', 'seg_Friends'] }),
      { customer: { source_id: 'ann' } },
      undefined,
    ],
    [
      'kept out of a segment',
      segment({ $is_not: ['seg_Nordics'] }),
      { customer: { source_id: 'cid' } },
      'customer_rules_violated',
    ],
    [
      'outside the kept-out segment',
      segment({ $is_not: ['seg_Nordics'] }),
      { customer: { source_id: 'ann' } },
      undefined,
    ],
    [
      'an unknown customer sent with metadata that fits',
      segment({ $is: ['seg_Nordics'] }),
      { customer: { source_id: 'new', metadata: { country: 'NO' } } },
      undefined,
    ],
    ['a guest', segment({ $is: ['seg_Friends'] }), {}, 'missing_customer'],
  ])('%s', async (_, rules, body, key) => {
    expect(await keyFor(rules, body)).toBe(key);
  });

  it('joins a segment by metadata stored through POST /v1/customers', async () => {
    const engine = open(segment({ $is: ['seg_Regulars'] }));
    const body = {
      redeemables: [{ object: 'voucher', id: 'AUDIENCE' }],
      order: { amount: 5000 },
      customer: { source_id: 'ann' },
    };
    expect((await engine.validate(body)).valid).toBe(false);
    expect(
      (
        await engine.post('/v1/customers', {
          source_id: 'ann',
          metadata: { visits: 10, email: 'ann@example.com' },
        })
      ).status,
    ).toBe(200);
    expect((await engine.validate(body)).valid).toBe(true);
  });

  it('refuses a segment filter on a field it cannot read', () => {
    expect(() =>
      parseSeed({
        version: 1,
        segments: [
          {
            id: 'seg_X',
            name: 'X',
            type: 'auto',
            filters: { 'address.city': { conditions: { $is: ['Oslo'] } } },
          },
        ],
      }),
    ).toThrow(/segments\[0\]\.filters\.address\.city: filter on source_id or metadata\.<key>/);
  });
});

describe('customer and order metadata beyond equality', () => {
  const customer = (metadata: Record<string, unknown>) => ({ customer: { source_id: 'x', metadata } });
  const meta = (name: string, property: string, conditions: Record<string, unknown>) =>
    one({ name, property, conditions });
  it.each<[string, SeedRuleSet, Record<string, unknown>, string | undefined]>([
    [
      'age above 17',
      meta('customer.metadata', 'age', { $more_than: [17] }),
      customer({ age: 18 }),
      undefined,
    ],
    [
      'age 17',
      meta('customer.metadata', 'age', { $more_than: [17] }),
      customer({ age: 17 }),
      'customer_rules_violated',
    ],
    [
      'a number written as text',
      meta('customer.metadata', 'age', { $less_than_or_equal: [30] }),
      customer({ age: '30' }),
      undefined,
    ],
    [
      'an email domain',
      meta('customer.metadata', 'email', { $ends_with: ['@shop.test'] }),
      customer({ email: 'a@shop.test' }),
      undefined,
    ],
    [
      'a name prefix',
      meta('customer.metadata', 'name', { $starts_with: ['Dr'] }),
      customer({ name: 'Mr X' }),
      'customer_rules_violated',
    ],
    [
      'a field present',
      meta('customer.metadata', 'club', { $has_value: [] }),
      customer({ club: 'gold' }),
      undefined,
    ],
    [
      'a field absent',
      meta('customer.metadata', 'club', { $is_unknown: [] }),
      customer({ club: 'gold' }),
      'customer_rules_violated',
    ],
    [
      'not one of',
      meta('customer.metadata', 'tier', { $not_in: ['banned', 'test'] }),
      customer({ tier: 'vip' }),
      undefined,
    ],
    [
      'order channel contains',
      meta('order.metadata', 'channel', { $contains: ['app'] }),
      { order: { amount: 5000, metadata: { channel: 'ios-app' } } },
      undefined,
    ],
    [
      'order channel is not',
      meta('order.metadata', 'channel', { $is_not: ['pos'] }),
      { order: { amount: 5000, metadata: { channel: 'pos' } } },
      'order_rules_violated',
    ],
    [
      'order metadata missing',
      meta('order.metadata', 'channel', { $is: ['web'] }),
      { order: { amount: 5000 } },
      'order_rules_violated',
    ],
    [
      'redemption metadata',
      meta('redemption.metadata', 'kiosk', { $is: [7] }),
      { metadata: { kiosk: 7 } },
      undefined,
    ],
  ])('%s', async (_, rules, body, key) => {
    expect(await keyFor(rules, body)).toBe(key);
  });
});
