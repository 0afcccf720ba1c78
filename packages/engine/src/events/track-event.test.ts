import type { ErrorBody } from '@promokit/voucherify';
import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from '../engine.js';
import { createEngineApp } from '../http/app.js';
import type { SeedInput } from '../seed/seed-schema.js';
import { expectConformant, readReference, referenceMissing } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';

const dir = tempDirPerTest();
const credentials = { appId: 'app-id', appToken: 'app-token' };
const headers = { 'X-App-Id': 'app-id', 'X-App-Token': 'app-token', 'Content-Type': 'application/json' };
const opened: Engine[] = [];
afterEach(() => opened.splice(0).forEach((engine) => engine.close()));

/**
 * Ada refers friends with two codes: ADA-SIGNUP converts when a friend sends `signed_up` with it
 * (30 points to her card), ADA-FRIEND when a friend redeems it (50 points). ONCE is no referral
 * code.
 */
const seed: SeedInput = {
  version: 1,
  customers: [
    { id: 'cust_ada', source_id: 'ada' },
    { id: 'cust_bob', source_id: 'bob' },
  ],
  campaigns: [
    {
      id: 'camp_once',
      name: 'Once',
      type: 'DISCOUNT_COUPONS',
      vouchers: [{ id: 'v_once', code: 'ONCE', discount: { type: 'AMOUNT', amount_off: 500 } }],
    },
    {
      id: 'camp_loyal',
      name: 'Loyal',
      type: 'LOYALTY_PROGRAM',
      rewards: [{ id: 'rew_pay', name: 'Pay with points', points_value: 10 }],
      vouchers: [{ id: 'v_card', code: 'CARD', holder: 'ada', loyalty_card: { points: 100 } }],
    },
    {
      id: 'camp_signup',
      name: 'Sign up a friend',
      type: 'REFERRAL_PROGRAM',
      discount: { type: 'AMOUNT', amount_off: 1000 },
      referral_program: { conversion_event_type: 'custom_event', custom_event: { name: 'signed_up' } },
      referrer_reward: { points: 30 },
      vouchers: [{ id: 'v_signup', code: 'ADA-SIGNUP', holder: 'ada' }],
    },
    {
      id: 'camp_ref',
      name: 'Refer a friend',
      type: 'REFERRAL_PROGRAM',
      discount: { type: 'AMOUNT', amount_off: 1000 },
      referrer_reward: { points: 50 },
      vouchers: [{ id: 'v_ref', code: 'ADA-FRIEND', holder: 'ada' }],
    },
  ],
};

function open() {
  const engine = openEngine({ file: dir.path('engine.db'), seed });
  opened.push(engine);
  const app = createEngineApp(engine, credentials);
  const post = async (path: string, body: unknown) => {
    const response = await app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  /** Points on Ada's card. */
  const adaPoints = () =>
    engine
      .qualify({ scenario: 'CUSTOMER_WALLET', customer: { source_id: 'ada' }, order: { amount: 1000 } })
      .redeemables.data.find((redeemable) => redeemable.id === 'CARD')?.result?.loyalty_card?.balance;
  return { engine, post, adaPoints };
}

const requestId = expect.stringMatching(/^v-[0-9a-f]{18}$/);

describe('POST /v1/events with a referral code', () => {
  it('rewards the referrer when the event is the campaign’s conversion event, once per referee', async () => {
    const { post, adaPoints } = open();
    const signedUp = (referee: string) =>
      post('/v1/events', {
        event: 'signed_up',
        customer: { source_id: referee },
        referral: { code: 'ADA-SIGNUP' },
      });
    const first = await signedUp('bob');
    expect(first.status).toBe(200);
    expect(expectConformant(first.body, 'EventsCreateResponseBody')).toMatchObject({
      object: 'event',
      type: 'signed_up',
      customer: { id: 'cust_bob', source_id: 'bob', object: 'customer' },
      referral: null,
      loyalty: null,
    });
    expect(adaPoints()).toBe(130);
    expect((await signedUp('bob')).status).toBe(200);
    expect(adaPoints()).toBe(130);
    expect((await signedUp('cy')).status).toBe(200);
    expect(adaPoints()).toBe(160);
  });

  it('rewards nothing for another event, or for a campaign that converts on redemption', async () => {
    const { post, adaPoints } = open();
    const other = await post('/v1/events', {
      event: 'newsletter_joined',
      customer: { source_id: 'bob' },
      referral: { code: 'ADA-SIGNUP' },
    });
    expect(other.status).toBe(200);
    const redeemedOnly = await post('/v1/events', {
      event: 'signed_up',
      customer: { source_id: 'bob' },
      referral: { code: 'ADA-FRIEND' },
    });
    expect(redeemedOnly.status).toBe(200);
    expect(adaPoints()).toBe(100);
  });

  it.each([
    ['her id', 'cust_ada'],
    ['her source_id', 'ada'],
  ])('accepts the referrer named by %s', async (_, referrerId) => {
    const { post, adaPoints } = open();
    const response = await post('/v1/events', {
      event: 'signed_up',
      customer: { source_id: 'bob' },
      referral: { code: 'ADA-SIGNUP', referrer_id: referrerId },
    });
    expect(response.status).toBe(200);
    expect(adaPoints()).toBe(130);
  });

  it.each<[string, Record<string, unknown>, number, Record<string, unknown>]>([
    [
      'the referrer sending her own code',
      { customer: { source_id: 'ada' }, referral: { code: 'ADA-SIGNUP' } },
      400,
      {
        code: 400,
        key: 'referrer_not_permitted_to_redeem',
        message: 'voucher cannot be redeemed by referrer',
        details: 'ADA-SIGNUP',
      },
    ],
    [
      'a code that is no referral code',
      { customer: { source_id: 'bob' }, referral: { code: 'ONCE' } },
      400,
      {
        code: 400,
        key: 'invalid_voucher',
        message: 'Invalid voucher',
        details: 'Voucher ONCE is not a referral code',
        resource_id: 'ONCE',
        resource_type: 'voucher',
      },
    ],
    [
      'an unknown code',
      { customer: { source_id: 'bob' }, referral: { code: 'NOPE' } },
      404,
      {
        code: 404,
        key: 'not_found',
        message: 'Resource not found',
        details: 'Cannot find voucher with id NOPE',
        resource_id: 'NOPE',
        resource_type: 'voucher',
      },
    ],
    [
      'a referrer_id who is not the code’s referrer',
      { customer: { source_id: 'cy' }, referral: { code: 'ADA-SIGNUP', referrer_id: 'bob' } },
      400,
      {
        code: 400,
        key: 'invalid_customer',
        message: 'Invalid customer',
        details: 'Customer bob is not the referrer of ADA-SIGNUP',
      },
    ],
    [
      'an unknown referrer_id',
      { customer: { source_id: 'cy' }, referral: { code: 'ADA-SIGNUP', referrer_id: 'cust_n0b0dy' } },
      404,
      {
        code: 404,
        key: 'not_found',
        message: 'Resource not found',
        details: 'Cannot find customer with id cust_n0b0dy',
        resource_id: 'cust_n0b0dy',
        resource_type: 'customer',
      },
    ],
  ])('refuses %s, rewarding and recording nothing', async (_, body, status, error) => {
    const { engine, post, adaPoints } = open();
    const response = await post('/v1/events', { event: 'signed_up', ...body });
    expect(response).toEqual({ status, body: { ...error, request_id: requestId } });
    expect(adaPoints()).toBe(100);
    // The customer the refused event named was not created: upserting now creates them.
    const referee = body['customer'] as { source_id: string };
    if (referee.source_id === 'cy') expect(engine.upsertCustomer(referee)).not.toHaveProperty('updated_at');
  });

  it.skipIf(referenceMissing('events.json'))(
    'answers an unknown customer id as the spec’s example does',
    async () => {
      const { post } = open();
      type Spec = {
        paths: Record<
          string,
          {
            post: {
              responses: Record<
                string,
                { content: Record<string, { examples: Record<string, { value: ErrorBody }> }> }
              >;
            };
          }
        >;
      };
      const documented =
        readReference<Spec>('events.json').paths['/v1/events']?.post.responses['400']?.content[
          'application/json'
        ]?.examples['Invalid payload']?.value;
      const id = documented?.resource_id ?? '';
      const response = await post('/v1/events', { event: 'signed_up', customer: { id } });
      expect(response).toEqual({ status: 404, body: { ...documented, request_id: requestId } });
    },
  );
});

describe('referral codes redeemed', () => {
  const redeem = (engine: Engine, code: string, customer?: string, source = 'o-1') =>
    engine.redeem({
      redeemables: [{ object: 'voucher', id: code }],
      order: { source_id: source, amount: 5000 },
      ...(customer ? { customer: { source_id: customer } } : {}),
    });

  it('reward the referrer once per referee, again after a rollback, and never for a guest', () => {
    const { engine, adaPoints } = open();
    const first = redeem(engine, 'ADA-FRIEND', 'bob', 'o-1');
    expect(first.order?.referrer_id).toBe('cust_ada');
    expect(adaPoints()).toBe(150);
    redeem(engine, 'ADA-FRIEND', 'bob', 'o-2');
    expect(adaPoints()).toBe(150);
    redeem(engine, 'ADA-FRIEND', undefined, 'o-3');
    expect(adaPoints()).toBe(150);

    engine.rollbackStackable(first.parent_redemption?.id ?? '', {});
    expect(adaPoints()).toBe(100);
    redeem(engine, 'ADA-FRIEND', 'bob', 'o-4');
    expect(adaPoints()).toBe(150);
  });

  it('reward nothing when the campaign converts on a custom event instead', () => {
    const { engine, adaPoints } = open();
    expect(redeem(engine, 'ADA-SIGNUP', 'bob').order?.total_discount_amount).toBe(1000);
    expect(adaPoints()).toBe(100);
  });

  it.skipIf(referenceMissing('examples/08-errors.json'))(
    'refuse the referrer’s own code with Voucherify’s recorded error',
    () => {
      const { engine } = open();
      const recorded = readReference<{
        legacy_single_code_validation_invalid_bodies: Record<string, { error: ErrorBody }>;
      }>('examples/08-errors.json').legacy_single_code_validation_invalid_bodies[
        'POST /v1/vouchers/{code}/validate 200 Cannot be redeemed by referrer'
      ]?.error;
      const [result] = engine.validate({
        redeemables: [{ object: 'voucher', id: 'ADA-FRIEND' }],
        customer: { source_id: 'ada' },
        order: { amount: 5000 },
      }).redeemables;
      expect(result?.status === 'INAPPLICABLE' && result.result.error).toMatchObject({
        code: recorded?.code,
        key: recorded?.key,
        message: recorded?.message,
        details: 'ADA-FRIEND',
      });
    },
  );
});
