import { VoucherifyServerSide } from '@voucherify/sdk';
import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from '../engine.js';
import type { SeedInput } from '../seed/seed-schema.js';
import { DEMO_NOW, demoSeed } from '../test-support/demo.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';
import { serveEngine, type EngineServer } from './serve-engine.js';

const dir = tempDirPerTest();
const credentials = { appId: 'app-id', appToken: 'app-token' };
let engine: Engine | undefined;
let server: EngineServer | undefined;
afterEach(async () => {
  await server?.close();
  engine?.close();
});

/** Voucherify's official server-side client, pointed at a served engine. */
async function sdk(seed: SeedInput = demoSeed) {
  engine = openEngine({ file: dir.path('engine.db'), seed, now: () => DEMO_NOW });
  server = await serveEngine({ engine, port: 0, ...credentials });
  return VoucherifyServerSide({
    applicationId: credentials.appId,
    secretKey: credentials.appToken,
    apiUrl: server.url,
  });
}

const customer = { source_id: 'cust-loyal' };
const order = { items: [{ product_id: 'rain-shell', quantity: 1, price: 12900 }] };

async function giftBalance(client: Awaited<ReturnType<typeof sdk>>): Promise<number | undefined> {
  const wallet = await client.qualifications.checkEligibility({
    scenario: 'CUSTOMER_WALLET',
    customer,
    order,
    options: { limit: 50 },
  });
  return wallet.redeemables.data.find((redeemable) => redeemable.id === 'GIFT-5000-DEMO')?.result?.gift
    ?.balance;
}

describe('the official @voucherify/sdk against the engine', () => {
  it('qualifies, validates, redeems and rolls back a stacked order', async () => {
    const client = await sdk();

    const qualified = await client.qualifications.checkEligibility({
      scenario: 'ALL',
      customer,
      order,
      options: { limit: 50, sorting_rule: 'BEST_DEAL' },
    });
    const ids = qualified.redeemables.data.map((redeemable) => redeemable.id);
    expect(ids).toEqual(expect.arrayContaining(['VIP20', 'promo_Sp3nd100', 'promo_Fr33Sh1p75']));
    expect(qualified.order?.amount).toBe(12900);

    const redeemables = [
      { object: 'promotion_tier' as const, id: 'promo_Sp3nd100' },
      { object: 'voucher' as const, id: 'VIP20' },
      { object: 'voucher' as const, id: 'GIFT-5000-DEMO', gift: { credits: 2000 } },
    ];
    const validation = await client.validations.validateStackable({
      redeemables,
      customer,
      order,
      session: { type: 'LOCK' },
    });
    expect(validation.valid).toBe(true);
    // 5% of 129.00 = 6.45; 20% of 122.55 = 24.51; then 20.00 of gift credit.
    expect(validation.order).toMatchObject({ amount: 12900, total_discount_amount: 645 + 2451 + 2000 });
    const sessionKey = validation.session?.key;
    expect(sessionKey).toMatch(/^ssn_/);

    const redemption = await client.redemptions.redeemStackable({
      redeemables,
      customer,
      order: { ...order, source_id: 'sdk-order-1' },
      session: { type: 'LOCK', key: sessionKey },
    });
    expect(redemption.redemptions.map((child) => child.related_object_type)).toEqual([
      'promotion_tier',
      'voucher',
      'voucher',
    ]);
    expect(redemption.parent_redemption.result).toBe('SUCCESS');
    expect(redemption.order?.total_amount).toBe(12900 - 645 - 2451 - 2000);
    expect(await giftBalance(client)).toBe(3000);

    const rollback = await client.redemptions.rollbackStackable(redemption.parent_redemption.id, {
      reason: 'payment failed',
    });
    expect(rollback.parent_rollback.result).toBe('SUCCESS');
    expect(rollback.rollbacks).toHaveLength(3);
    expect(rollback.order?.status).toBe('CANCELED');
    expect(await giftBalance(client)).toBe(5000);
  });

  it('finds what was redeemed for an order by its source_id, and each redemption by id', async () => {
    const client = await sdk();
    const missing = await client.orders.get('sdk-order-3').catch((error: unknown) => error);
    expect(missing).toMatchObject({ code: 404, key: 'not_found', resource_type: 'order' });

    const redeem = () =>
      client.redemptions.redeemStackable({
        redeemables: [{ object: 'voucher', id: 'SAVE5' }],
        customer,
        order: { ...order, source_id: 'sdk-order-3' },
      });
    const first = await redeem();
    const second = await redeem();
    await client.redemptions.rollbackStackable(second.parent_redemption.id, { reason: 'doubled' });

    const found = await client.orders.get('sdk-order-3');
    expect(found).toMatchObject({ id: first.order?.id, source_id: 'sdk-order-3', status: 'CANCELED' });
    const entries = (found as { redemptions?: Record<string, { rollback_id?: string }> }).redemptions ?? {};
    expect(Object.keys(entries)).toEqual([first.parent_redemption.id, second.parent_redemption.id]);
    expect(entries[first.parent_redemption.id]?.rollback_id).toBeUndefined();
    expect(entries[second.parent_redemption.id]?.rollback_id).toMatch(/^rr_/);

    const parent = await client.redemptions.get(first.parent_redemption.id);
    expect(parent).toMatchObject({
      id: first.parent_redemption.id,
      result: 'SUCCESS',
      order: { source_id: 'sdk-order-3', total_amount: 12900 - 500 },
    });
    expect(await client.redemptions.get(second.parent_redemption.id)).toMatchObject({
      status: 'ROLLED_BACK',
    });
  });

  it('releases a validation session', async () => {
    const client = await sdk();
    const gift = {
      redeemables: [{ object: 'voucher' as const, id: 'GIFT-5000-DEMO', gift: { credits: 5000 } }],
      customer,
      order,
    };
    const locked = await client.validations.validateStackable({ ...gift, session: { type: 'LOCK' } });
    const sessionKey = locked.session?.key ?? '';
    expect((await client.validations.validateStackable(gift)).valid).toBe(false);

    await client.vouchers.releaseValidationSession('GIFT-5000-DEMO', sessionKey);
    expect((await client.validations.validateStackable(gift)).valid).toBe(true);
    const again = await client.vouchers
      .releaseValidationSession('GIFT-5000-DEMO', sessionKey)
      .catch((error: unknown) => error);
    expect(again).toMatchObject({ code: 404, key: 'not_found' });
  });

  it("refuses the holder's gift card and loyalty card to everyone else, validating and redeeming", async () => {
    const client = await sdk();
    const loyaltyPoints = async () =>
      (
        await client.qualifications.checkEligibility({
          scenario: 'CUSTOMER_WALLET',
          customer,
          order,
          options: { limit: 50 },
        })
      ).redeemables.data.find((redeemable) => redeemable.id === 'LOYALTY-SAM')?.result?.loyalty_card?.balance;
    const cards = [
      { object: 'voucher' as const, id: 'GIFT-5000-DEMO', gift: { credits: 5000 } },
      { object: 'voucher' as const, id: 'LOYALTY-SAM', reward: { id: 'rew_P4yW1thP01nt5', points: 3000 } },
    ];
    for (const card of cards) {
      for (const someone of [{ customer: { source_id: 'cust-new' } }, {}]) {
        // Under a LOCK session, as a storefront that reserves for its shoppers would ask.
        const validation = await client.validations.validateStackable({
          redeemables: [card],
          order,
          session: { type: 'LOCK' },
          ...someone,
        });
        expect(validation.valid).toBe(false);
        const key = 'customer' in someone ? 'customer_rules_violated' : 'missing_customer';
        expect(validation.redeemables?.[0]).toMatchObject({
          status: 'INAPPLICABLE',
          result: { error: { key } },
        });
        const refused = await client.redemptions
          .redeemStackable({
            redeemables: [card],
            order: { ...order, source_id: `sdk-steal-${card.id}` },
            ...someone,
          })
          .catch((error: unknown) => error);
        expect(refused).toMatchObject({ code: 400, key });
      }
    }
    // Nothing was reserved or taken: the holder still has every credit and point.
    expect(await giftBalance(client)).toBe(5000);
    expect(await loyaltyPoints()).toBe(3000);
    const own = await client.validations.validateStackable({ redeemables: cards, customer, order });
    expect(own.valid).toBe(true);
  });

  it('refuses a rollback that names another customer or order, and accepts the redemption’s own', async () => {
    const client = await sdk();
    const redemption = await client.redemptions.redeemStackable({
      redeemables: [{ object: 'voucher', id: 'SAVE5' }],
      customer,
      order: { ...order, source_id: 'sdk-order-2' },
    });
    const parentId = redemption.parent_redemption.id;
    const refused = (body: Record<string, unknown>) =>
      client.redemptions.rollbackStackable(parentId, body).catch((error: unknown) => error);
    expect(await refused({ customer: { source_id: 'cust-new' } })).toMatchObject({
      code: 400,
      key: 'invalid_customer',
      details: 'Customer is not related with redemption.',
    });
    expect(await refused({ order: { source_id: 'sdk-order-elsewhere' } })).toMatchObject({
      code: 400,
      key: 'invalid_order',
      details: 'Order is not related with redemption.',
    });
    expect(await refused({ customer: { id: 'cust_n0b0dy' } })).toMatchObject({
      code: 404,
      key: 'not_found',
      resource_id: 'cust_n0b0dy',
      resource_type: 'customer',
    });
    const rolled = await client.redemptions.rollbackStackable(parentId, {
      customer,
      order: { source_id: 'sdk-order-2' },
    });
    expect(rolled.parent_rollback).toMatchObject({
      result: 'SUCCESS',
      customer: { source_id: 'cust-loyal' },
    });
  });

  it('multiplies a bundle discount by the bundles in the cart', async () => {
    const client = await sdk();
    const validation = await client.validations.validateStackable({
      redeemables: [{ object: 'promotion_tier', id: 'promo_MugTr10' }],
      order: { items: [{ product_id: 'mug', quantity: 6, price: 2500 }] },
    });
    expect(validation.valid).toBe(true);
    expect(validation.redeemables?.[0]?.result).toMatchObject({ bundle: { quantity: 2 } });
    expect(validation.order).toMatchObject({
      amount: 15_000,
      total_discount_amount: 5000,
      total_amount: 10_000,
    });
  });

  it('tracks a referral conversion event: the referrer is rewarded once per referee', async () => {
    // Sam (cust-loyal, LOYALTY-SAM) also refers friends: a friend signing up with REF-SAM earns him 100 points.
    const client = await sdk({
      ...demoSeed,
      campaigns: [
        ...(demoSeed.campaigns ?? []),
        {
          id: 'camp_S1gnUpR3f',
          name: 'Sign up with a friend',
          type: 'REFERRAL_PROGRAM',
          discount: { type: 'AMOUNT', amount_off: 500 },
          referral_program: { conversion_event_type: 'custom_event', custom_event: { name: 'signed_up' } },
          referrer_reward: { points: 100 },
          vouchers: [{ id: 'v_R3fS4m', code: 'REF-SAM', holder: 'cust-loyal' }],
        },
      ],
    });
    const points = async () =>
      (
        await client.qualifications.checkEligibility({
          scenario: 'CUSTOMER_WALLET',
          customer,
          order,
          options: { limit: 50 },
        })
      ).redeemables.data.find((redeemable) => redeemable.id === 'LOYALTY-SAM')?.result?.loyalty_card?.balance;
    const before = await points();
    // The SDK's `EventsParams` type asks for `event` too; `create` sets it from its first argument.
    const signUp = (who: { source_id: string }) =>
      client.events.create('signed_up', { event: 'signed_up', customer: who, referral: { code: 'REF-SAM' } });
    const friend = { source_id: 'cust-referred' };
    expect(await signUp(friend)).toMatchObject({ object: 'event', type: 'signed_up', referral: null });
    expect(await points()).toBe((before ?? 0) + 100);
    await signUp(friend);
    expect(await points()).toBe((before ?? 0) + 100);
    const own = await signUp(customer).catch((error: unknown) => error);
    expect(own).toMatchObject({ code: 400, key: 'referrer_not_permitted_to_redeem', details: 'REF-SAM' });
  });

  it('surfaces a refused redemption as the SDK error with Voucherify key', async () => {
    const client = await sdk();
    const refused = await client.redemptions
      .redeemStackable({ redeemables: [{ object: 'voucher', id: 'PAUSED5' }], customer, order })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 400, key: 'voucher_disabled' });
  });
});
