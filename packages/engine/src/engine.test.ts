import { existsSync } from 'node:fs';

import type { ValidationsValidateRequestBody, ValidationsValidateResponseBody } from '@promokit/voucherify';
import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine, type EngineOptions } from './engine.js';
import { EngineRequestError } from './engine-request-error.js';
import { InvalidSeedError } from './seed/parse-seed.js';
import type { SeedInput } from './seed/seed-schema.js';
import { DEMO_NOW, demoSeed } from './test-support/demo.js';
import { sampleSeed } from './test-support/sample.js';
import { expectConformant } from './test-support/spec-conformance.js';
import { tempDirPerTest } from './test-support/temp-dir.js';
import { DEFAULT_STACKING_RULES } from './validation/stacking-rules.js';

const dir = tempDirPerTest();
let clock = DEMO_NOW;
const opened: Engine[] = [];
afterEach(() => {
  opened.splice(0).forEach((engine) => engine.close());
  clock = DEMO_NOW;
});

function open(options: Partial<EngineOptions> = {}): Engine {
  const engine = openEngine({ file: dir.path('engine.db'), seed: demoSeed, now: () => clock, ...options });
  opened.push(engine);
  return engine;
}

/** Validates and checks the response against the spec. */
function validate(engine: Engine, body: ValidationsValidateRequestBody): ValidationsValidateResponseBody {
  return expectConformant(engine.validate(body));
}

const voucher = (id: string) => ({ object: 'voucher' as const, id });
const codes = (...ids: string[]) => ids.map(voucher);

describe('validate: one code', () => {
  it.each([
    ['WELCOME10 on 60.00', 'WELCOME10', 6000, 600],
    ['WELCOME10 on exactly 50.00', 'WELCOME10', 5000, 500],
    ['WELCOME10 by its v_ id', 'v_Hk3pZr8QmW2nXc5vTb7yLs4D', 6000, 600],
    ['WELCOME10 on 30.00', 'WELCOME10', 3000, 'order_rules_violated'],
    ['SAVE5 on 60.00', 'SAVE5', 6000, 500],
    ['SAVE5 on 3.00, capped at the order', 'SAVE5', 300, 300],
    ['BIG25 on 40.00', 'BIG25', 4000, 1000],
    ['BIG25 on 200.00, capped by amount_limit', 'BIG25', 20000, 2500],
    ['OLDSPRING after its campaign ended', 'OLDSPRING', 6000, 'voucher_expired'],
    ['AUTUMN20 before its campaign starts', 'AUTUMN20', 6000, 'voucher_not_active'],
    ['PAUSED5, disabled', 'PAUSED5', 6000, 'voucher_disabled'],
    ['LASTONE, used up', 'LASTONE', 6000, 'quantity_exceeded'],
    ['an unknown code', 'NOPE', 6000, 'not_found'],
    ['WELCOME10 in lower case (the demo project ignores case)', 'welcome10', 6000, 600],
  ])('%s → %s', (_, code, amount, outcome) => {
    const response = validate(open(), { redeemables: [voucher(code)], order: { amount } });
    const [result] = response.redeemables;
    if (typeof outcome === 'number') {
      expect(result?.status).toBe('APPLICABLE');
      expect(response.valid).toBe(true);
      expect(response.order).toMatchObject({
        amount,
        discount_amount: outcome,
        total_discount_amount: outcome,
        total_amount: amount - outcome,
        applied_discount_amount: outcome,
      });
    } else {
      expect(result?.status === 'INAPPLICABLE' && result.result.error?.key).toBe(outcome);
      expect(response.valid).toBe(false);
      expect(response).not.toHaveProperty('order');
    }
  });
});

describe('validate: response shape', () => {
  it('reports an unknown code as Voucherify does, inside a 200', () => {
    const response = validate(open(), { redeemables: [voucher('eee33463')] });
    expect(response).toEqual({
      id: expect.stringMatching(/^valid_[0-9a-f]{18}$/),
      valid: false,
      redeemables: [
        {
          status: 'INAPPLICABLE',
          id: 'eee33463',
          object: 'voucher',
          result: {
            error: {
              code: 404,
              key: 'not_found',
              message: 'Resource not found',
              details: 'Cannot find voucher with id eee33463',
              request_id: expect.stringMatching(/^v-[0-9a-f]{18}$/),
              resource_id: 'eee33463',
              resource_type: 'voucher',
            },
          },
        },
      ],
      stacking_rules: {
        ...DEFAULT_STACKING_RULES,
        exclusive_categories: ['cat_Cl34r4nc3'],
        joint_categories: ['cat_4lw4y5J01nt'],
      },
    });
  });

  it('reports an unknown promotion tier as not found', () => {
    const [result] = validate(open(), {
      redeemables: [{ object: 'promotion_tier', id: 'promo_x' }],
    }).redeemables;
    expect(result).toMatchObject({
      status: 'INAPPLICABLE',
      object: 'promotion_tier',
      result: {
        error: {
          code: 404,
          resource_type: 'promotion_tier',
          details: 'Cannot find promotion_tier with id promo_x',
        },
      },
    });
  });

  it('explains a violated minimum with the amount still missing (PromoKit extension)', () => {
    const [result] = validate(open(), {
      redeemables: codes('WELCOME10'),
      order: { amount: 3000 },
    }).redeemables;
    expect(result).toEqual({
      status: 'INAPPLICABLE',
      id: 'WELCOME10',
      object: 'voucher',
      result: {
        error: {
          code: 400,
          key: 'order_rules_violated',
          message: 'order does not match validation rules',
          details:
            'Discount Coupon cannot be redeemed because of violated validation rules: val_W3lc0m3M1n5000',
          request_id: expect.stringMatching(/^v-/),
          resource_id: 'WELCOME10',
          resource_type: 'voucher',
        },
        promokit: { missing_amount: 2000 },
      },
      categories: [],
    });
  });

  it('describes an applicable code and the order after it', () => {
    const response = validate(open(), {
      redeemables: codes('WELCOME10'),
      order: { source_id: 'ord-42', items: [{ product_id: 'prod_mug', price: 2000, quantity: 3 }] },
      options: { expand: ['order', 'redeemable'] },
    });
    const [result] = response.redeemables;
    expect(result).toEqual({
      status: 'APPLICABLE',
      id: 'WELCOME10',
      object: 'voucher',
      order: response.order,
      applicable_to: { data: [], total: 0, data_ref: 'data', object: 'list' },
      inapplicable_to: { data: [], total: 0, data_ref: 'data', object: 'list' },
      result: { discount: { type: 'PERCENT', effect: 'APPLY_TO_ORDER', percent_off: 10, is_dynamic: false } },
      metadata: { shoutout: '10% off your first order of 50.00 or more' },
      campaign_name: 'Welcome 10%',
      campaign_id: 'camp_Wq7Lk2cTnB4xRe9sYdFh3PzA',
      categories: [],
    });
    expect(response.order).toMatchObject({
      source_id: 'ord-42',
      amount: 6000,
      total_amount: 5400,
      items: [{ object: 'order_item', product_id: 'prod_mug', amount: 6000, subtotal_amount: 6000 }],
    });
  });

  it('leaves the per-code order and redeemable details out unless expanded', () => {
    const [result] = validate(open(), {
      redeemables: codes('WELCOME10'),
      order: { amount: 6000 },
    }).redeemables;
    expect(result).not.toHaveProperty('order');
    expect(result).not.toHaveProperty('campaign_name');
  });

  it.each([
    ['echoes a sent tracking_id', { tracking_id: 'track_abc' }, 'track_abc'],
    ['hashes the customer source_id', { customer: { source_id: 'bob' } }, 'track_gbY32PzSxtpjWeaWMROhFw=='],
    ['has none without a customer', {}, undefined],
  ])('tracking_id: %s', (_, extra, expected) => {
    const response = validate(open(), { redeemables: codes('SAVE5'), ...extra });
    expect(response.tracking_id).toBe(expected);
  });
});

describe('validate: stacking', () => {
  it('applies codes in request order, each on what is left', () => {
    const response = validate(open(), {
      redeemables: codes('SAVE5', 'WELCOME10'),
      order: { amount: 6000 },
      options: { expand: ['order'] },
    });
    const [save5, welcome10] = response.redeemables.map((r) =>
      r.status === 'APPLICABLE' ? r.order : undefined,
    );
    expect(save5).toMatchObject({ discount_amount: 500, total_amount: 5500, applied_discount_amount: 500 });
    expect(welcome10).toMatchObject({
      discount_amount: 1050,
      total_discount_amount: 1050,
      total_amount: 4950,
      applied_discount_amount: 550,
      total_applied_discount_amount: 550,
    });
    expect(response.order).toMatchObject({
      discount_amount: 1050,
      total_amount: 4950,
      applied_discount_amount: 1050,
      total_applied_discount_amount: 1050,
    });
  });

  it('checks minimums against the amount before discounts', () => {
    const response = validate(open(), { redeemables: codes('SAVE5', 'WELCOME10'), order: { amount: 5000 } });
    expect(response.valid).toBe(true);
    expect(response.order?.total_amount).toBe(4050);
  });

  it('skips everything after an inapplicable code (ALL mode)', () => {
    const response = validate(open(), {
      redeemables: codes('SAVE5', 'OLDSPRING', 'WELCOME10'),
      order: { amount: 6000 },
    });
    expect(response.valid).toBe(false);
    expect(response.redeemables.map((r) => r.status)).toEqual(['APPLICABLE', 'INAPPLICABLE', 'SKIPPED']);
    expect(response.redeemables[2]).toEqual({
      status: 'SKIPPED',
      id: 'WELCOME10',
      object: 'voucher',
      result: {
        details: {
          key: 'preceding_validation_failed',
          message: 'Redeemable cannot be applied due to preceding validation failure',
        },
      },
    });
    expect(response).not.toHaveProperty('order');
  });

  it('skips applicable codes beyond the limit of 5', () => {
    const many: SeedInput = {
      version: 1,
      campaigns: [
        {
          id: 'camp_Many',
          name: 'Many',
          type: 'DISCOUNT_COUPONS',
          vouchers: Array.from({ length: 6 }, (_, i) => ({
            id: `v_Many${i}`,
            code: `MANY${i}`,
            discount: { type: 'AMOUNT' as const, amount_off: 100 },
          })),
        },
      ],
    };
    const response = validate(open({ seed: many }), {
      redeemables: codes('MANY0', 'MANY1', 'MANY2', 'MANY3', 'MANY4', 'MANY5'),
      order: { amount: 6000 },
    });
    expect(response.valid).toBe(true);
    expect(response.redeemables.map((r) => r.status)).toEqual([...Array(5).fill('APPLICABLE'), 'SKIPPED']);
    expect(response.redeemables[5]).toMatchObject({
      result: { details: { key: 'applicable_redeemables_limit_exceeded' } },
    });
    expect(response.order?.total_amount).toBe(5500);
  });

  it.each([
    ['a code sent twice', codes('SAVE5', 'SAVE5'), 400, 'duplicated_redeemables'],
    [
      'a promotion stack with others',
      [voucher('SAVE5'), { object: 'promotion_stack' as const, id: 'stack_a' }],
      400,
      'invalid_redeemables',
    ],
    ['an unknown promotion stack', [{ object: 'promotion_stack' as const, id: 'stack_a' }], 404, 'not_found'],
  ])('refuses %s', (_, redeemables, status, key) => {
    const engine = open();
    const attempt = () => engine.validate({ redeemables });
    expect(attempt).toThrow(EngineRequestError);
    expect(attempt).toThrow(
      expect.objectContaining({ status, body: expect.objectContaining({ code: status, key }) }),
    );
  });
});

describe('validate: sessions', () => {
  const lock = (key?: string) => ({ type: 'LOCK' as const, ...(key === undefined ? {} : { key }) });

  it('opens a LOCK session with the default TTL', () => {
    const { session } = validate(open(), { redeemables: codes('SAVE5'), session: lock() });
    expect(session).toEqual({
      key: expect.stringMatching(/^ssn_[0-9A-Za-z]{32}$/),
      type: 'LOCK',
      ttl: 7,
      ttl_unit: 'DAYS',
    });
  });

  it('echoes a given key and TTL', () => {
    const session = { type: 'LOCK' as const, key: 'ssn_mine', ttl: 30, ttl_unit: 'MINUTES' as const };
    expect(validate(open(), { redeemables: codes('SAVE5'), session }).session).toEqual(session);
  });

  it('reserves the last use of a code for the session until it expires', () => {
    const engine = open({ seed: sampleSeed });
    const status = (body: Omit<ValidationsValidateRequestBody, 'redeemables'>) =>
      validate(engine, { redeemables: codes('ONEUSE'), ...body }).redeemables[0]?.status;

    const first = validate(engine, {
      redeemables: codes('ONEUSE'),
      session: { ...lock(), ttl: 1, ttl_unit: 'HOURS' },
    });
    expect(first.redeemables[0]?.status).toBe('APPLICABLE');
    const key = first.session?.key ?? '';

    expect(status({ session: lock('ssn_other') })).toBe('INAPPLICABLE');
    expect(status({})).toBe('INAPPLICABLE');
    expect(status({ session: { ...lock(key), ttl: 1, ttl_unit: 'HOURS' } })).toBe('APPLICABLE');

    clock = new Date(DEMO_NOW.getTime() + 3_600_000);
    expect(status({ session: lock('ssn_other') })).toBe('APPLICABLE');
  });

  it('reserves nothing for an invalid validation', () => {
    const engine = open({ seed: sampleSeed });
    expect(validate(engine, { redeemables: codes('ONEUSE', 'NOPE'), session: lock('ssn_a') }).valid).toBe(
      false,
    );
    expect(validate(engine, { redeemables: codes('ONEUSE'), session: lock('ssn_b') }).valid).toBe(true);
  });

  describe('sent again with fewer codes', () => {
    // The gift card's holder, whom alone its campaign's rules admit.
    const customer = { source_id: 'cust-loyal' };
    const order = { amount: 12900 };
    const gift = (credits: number) => ({
      object: 'voucher' as const,
      id: 'GIFT-5000-DEMO',
      gift: { credits },
    });
    const giftFor = (engine: Engine, key: string, credits: number) =>
      validate(engine, { redeemables: [gift(credits)], customer, order, session: lock(key) }).redeemables[0];

    it.each([
      ['another code', [voucher('SAVE5')]],
      ['a promotion tier only', [{ object: 'promotion_tier' as const, id: 'promo_Sp3nd100' }]],
    ])('gives back what the dropped codes held, when the rest is %s', (_, rest) => {
      const engine = open();
      const first = validate(engine, {
        redeemables: [gift(5000), voucher('SAVE5')],
        customer,
        order,
        session: lock('ssn_a'),
      });
      expect(first.valid).toBe(true);
      expect(giftFor(engine, 'ssn_b', 1)).toMatchObject({
        status: 'INAPPLICABLE',
        result: { error: { key: 'gift_amount_exceeded' } },
      });

      expect(validate(engine, { redeemables: rest, customer, order, session: lock('ssn_a') }).valid).toBe(
        true,
      );
      expect(giftFor(engine, 'ssn_b', 5000)?.status).toBe('APPLICABLE');
    });
  });
});

describe('releaseSession', () => {
  const lock = (key: string) => ({ type: 'LOCK' as const, key });
  const oneUseFor = (engine: Engine, key: string) =>
    validate(engine, { redeemables: codes('ONEUSE'), session: lock(key) }).redeemables[0]?.status;

  it('gives back what the session holds on one voucher, and only on that one', () => {
    const engine = open({ seed: sampleSeed });
    validate(engine, { redeemables: codes('AMOUNT5', 'ONEUSE'), session: lock('ssn_a') });
    expect(oneUseFor(engine, 'ssn_b')).toBe('INAPPLICABLE');

    engine.releaseSession('AMOUNT5', 'ssn_a');
    expect(oneUseFor(engine, 'ssn_b')).toBe('INAPPLICABLE');
    engine.releaseSession('v_OneUse', 'ssn_a');
    expect(oneUseFor(engine, 'ssn_b')).toBe('APPLICABLE');
  });

  it("gives back a gift card's reserved credits", () => {
    const engine = open();
    const order = { amount: 12900 };
    const customer = { source_id: 'cust-loyal' };
    const gift = (credits: number) => [
      { object: 'voucher' as const, id: 'GIFT-5000-DEMO', gift: { credits } },
    ];
    validate(engine, { redeemables: gift(5000), customer, order, session: lock('ssn_a') });
    expect(validate(engine, { redeemables: gift(100), customer, order }).valid).toBe(false);

    engine.releaseSession('GIFT-5000-DEMO', 'ssn_a');
    expect(validate(engine, { redeemables: gift(5000), customer, order }).valid).toBe(true);
  });

  it.each([
    ['an unknown voucher', 'NOPE', 'ssn_a', 'voucher', 'NOPE', 'Cannot find voucher with id NOPE'],
    [
      'an unknown session',
      'ONEUSE',
      'ssn_nope',
      'session',
      'ssn_nope',
      'Cannot find session with key ssn_nope for voucher ONEUSE',
    ],
    [
      'a session without that voucher',
      'AMOUNT5',
      'ssn_a',
      'session',
      'ssn_a',
      'Cannot find session with key ssn_a for voucher AMOUNT5',
    ],
  ])('answers 404 not_found for %s', (_, code, key, resourceType, resourceId, details) => {
    const engine = open({ seed: sampleSeed });
    validate(engine, { redeemables: codes('ONEUSE'), session: lock('ssn_a') });
    const attempt = () => engine.releaseSession(code, key);
    expect(attempt).toThrow(EngineRequestError);
    expect(attempt).toThrow(
      expect.objectContaining({
        status: 404,
        body: {
          code: 404,
          key: 'not_found',
          message: 'Resource not found',
          details,
          request_id: expect.stringMatching(/^v-/),
          resource_id: resourceId,
          resource_type: resourceType,
        },
      }),
    );
    expect(oneUseFor(engine, 'ssn_b')).toBe('INAPPLICABLE');
  });

  it('answers 404 once the session is released or has expired', () => {
    const engine = open({ seed: sampleSeed });
    validate(engine, { redeemables: codes('ONEUSE'), session: lock('ssn_a') });
    engine.releaseSession('ONEUSE', 'ssn_a');
    expect(() => engine.releaseSession('ONEUSE', 'ssn_a')).toThrow(expect.objectContaining({ status: 404 }));

    validate(engine, {
      redeemables: codes('ONEUSE'),
      session: { ...lock('ssn_c'), ttl: 1, ttl_unit: 'HOURS' },
    });
    clock = new Date(DEMO_NOW.getTime() + 3_600_000);
    expect(() => engine.releaseSession('ONEUSE', 'ssn_c')).toThrow(expect.objectContaining({ status: 404 }));
  });
});

describe('storage', () => {
  it('keeps data and sessions across a restart, without reloading the seed', () => {
    open({ seed: sampleSeed }).validate({
      redeemables: codes('ONEUSE'),
      session: { type: 'LOCK', key: 'ssn_a' },
    });
    opened.splice(0).forEach((engine) => engine.close());

    const reopened = open({ seed: demoSeed });
    expect(validate(reopened, { redeemables: codes('PERCENT10'), order: { amount: 6000 } }).valid).toBe(true);
    expect(validate(reopened, { redeemables: codes('WELCOME10') }).redeemables[0]).toMatchObject({
      result: { error: { key: 'not_found' } },
    });
    expect(validate(reopened, { redeemables: codes('ONEUSE') }).redeemables[0]).toMatchObject({
      result: { error: { key: 'quantity_exceeded' } },
    });
  });

  it('reseeds on request, dropping sessions', () => {
    const engine = open({ seed: sampleSeed });
    engine.validate({ redeemables: codes('ONEUSE'), session: { type: 'LOCK', key: 'ssn_a' } });
    engine.reseed(sampleSeed);
    expect(validate(engine, { redeemables: codes('ONEUSE') }).valid).toBe(true);
    engine.reseed(demoSeed);
    expect(validate(engine, { redeemables: codes('PERCENT10') }).valid).toBe(false);
    expect(validate(engine, { redeemables: codes('WELCOME10'), order: { amount: 5000 } }).valid).toBe(true);
  });

  it('refuses a bad seed before touching the database', () => {
    const file = dir.path('engine.db');
    const bad = { ...sampleSeed, campaigns: [{ ...sampleSeed.campaigns?.[0], name: '' }] };
    expect(() => openEngine({ file, seed: bad as SeedInput })).toThrow(InvalidSeedError);
    expect(() => openEngine({ file, seed: bad as SeedInput })).toThrow(/campaigns\[0]\.name: /);
    expect(existsSync(file)).toBe(false);
  });
});
