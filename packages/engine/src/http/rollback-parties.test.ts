import type { ErrorBody } from '@promokit/voucherify';
import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from '../engine.js';
import { DEMO_NOW, demoSeed } from '../test-support/demo.js';
import { expectConformant, readReference, referenceMissing } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';
import { createEngineApp } from './app.js';

const dir = tempDirPerTest();
const credentials = { appId: 'app-id', appToken: 'app-token' };
const headers = { 'X-App-Id': 'app-id', 'X-App-Token': 'app-token', 'Content-Type': 'application/json' };
let engine: Engine | undefined;
afterEach(() => engine?.close());

/** Voucherify's recorded error bodies of rollbacks (`examples/08-errors.json`); tests reading them skip without it. */
const ERRORS = 'examples/08-errors.json';
const example = (name: string): ErrorBody => {
  const examples = readReference<{ http_error_bodies: Record<string, ErrorBody> }>(ERRORS).http_error_bodies;
  const body = examples[`POST /v1/redemptions/{redemptionId}/rollback ${name}`];
  if (body === undefined) throw new Error(`no example ${name}`);
  return body;
};

/** The example as the engine must answer it: same fields, its own request id. */
const like = (body: ErrorBody) => ({ ...body, request_id: expect.stringMatching(/^v-[0-9a-f]{18}$/) });

const customer = { source_id: 'cust-loyal' };
const LOYAL_ID = 'cust_L0y4lSam';

/** The engine's HTTP face, with a stacked redemption of `orderSourceId` for Sam to roll back. */
async function redeemed(orderSourceId = 'order-rb-1') {
  engine = openEngine({ file: dir.path('engine.db'), seed: demoSeed, now: () => DEMO_NOW });
  const app = createEngineApp(engine, credentials);
  const post = async (path: string, body: unknown) => {
    const response = await app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const redemption = await post('/v1/redemptions', {
    redeemables: [
      { object: 'promotion_tier', id: 'promo_Sp3nd100' },
      { object: 'voucher', id: 'SAVE5' },
    ],
    customer,
    order: { source_id: orderSourceId, items: [{ product_id: 'rain-shell', quantity: 1, price: 12900 }] },
  });
  expect(redemption.status).toBe(200);
  const parent = redemption.body['parent_redemption'] as { id: string; order: { id: string } };
  return { post, parentId: parent.id, orderId: parent.order.id };
}

describe('rolling back with the customer or order of the redemption named in the body', () => {
  it.skipIf(referenceMissing(ERRORS)).each<[string, Record<string, unknown>, string]>([
    ['another customer by source_id', { customer: { source_id: 'cust-new' } }, '400 Invalidate Customer'],
    ['another customer by id', { customer: { id: 'cust_N3wSh0pp3rNina' } }, '400 Invalidate Customer'],
    ['another order by source_id', { order: { source_id: 'order-someone-else' } }, '400 Invalid Order'],
    ['an order id that is not the redemption’s', { order: { id: 'ord_0ther' } }, '400 Invalid Order'],
  ])(
    'refuses %s with Voucherify’s error, and the redemption can still be rolled back',
    async (_, body, name) => {
      const { post, parentId } = await redeemed();
      const refused = await post(`/v1/redemptions/${parentId}/rollbacks`, {
        reason: 'payment failed',
        ...body,
      });
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual(like(example(name)));
      const rolled = await post(`/v1/redemptions/${parentId}/rollbacks`, {});
      expect(rolled.status).toBe(200);
    },
  );

  it.skipIf(referenceMissing(ERRORS))(
    'answers 404 for a customer that does not exist, as Voucherify’s example does',
    async () => {
      const { post, parentId } = await redeemed();
      const missing = example('404 Cannot find customer');
      const response = await post(`/v1/redemptions/${parentId}/rollbacks`, {
        customer: { id: missing.resource_id },
      });
      expect(response.status).toBe(404);
      expect(response.body).toEqual(like(missing));
      const bySourceId = await post(`/v1/redemptions/${parentId}/rollbacks`, {
        customer: { source_id: 'nobody-here' },
      });
      expect(bySourceId).toEqual({
        status: 404,
        body: like({
          code: 404,
          key: 'not_found',
          message: 'Resource not found',
          details: 'Cannot find customer with id nobody-here',
          resource_id: 'nobody-here',
          resource_type: 'customer',
        }),
      });
    },
  );

  it.each<[string, (ids: { orderId: string }) => Record<string, unknown>]>([
    [
      'the customer by source_id and the order by source_id',
      () => ({ customer, order: { source_id: 'order-rb-1' } }),
    ],
    [
      'the customer by id and the order by id',
      ({ orderId }) => ({ customer: { id: LOYAL_ID }, order: { id: orderId } }),
    ],
    [
      'the full customer and order Voucherify’s own example sends',
      () => ({
        customer: { id: LOYAL_ID, name: 'Sam Loyal', metadata: { age: 23 } },
        order: { source_id: 'order-rb-1' },
        metadata: { location_id: ['L2'] },
      }),
    ],
  ])('rolls back when the body names %s', async (_, body) => {
    const { post, parentId, orderId } = await redeemed();
    const response = await post(`/v1/redemptions/${parentId}/rollbacks`, body({ orderId }));
    expect(response.status).toBe(200);
    const rolled = expectConformant(response.body, 'RedemptionsRollbacksCreateResponseBody');
    expect(rolled).toMatchObject({
      parent_rollback: {
        result: 'SUCCESS',
        customer_id: LOYAL_ID,
        order: { id: orderId, status: 'CANCELED' },
      },
      order: { status: 'CANCELED' },
    });
  });

  it.skipIf(referenceMissing(ERRORS))(
    'keeps the exact refusals for the wrong endpoint and for a second rollback',
    async () => {
      const { post, parentId } = await redeemed();
      expect(
        (await post(`/v1/redemptions/${parentId}/rollback`, { customer: { source_id: 'cust-new' } })).body,
      ).toEqual(like(example('400 Invalid Redemption')));
      expect((await post(`/v1/redemptions/${parentId}/rollbacks`, {})).status).toBe(200);
      const again = await post(`/v1/redemptions/${parentId}/rollbacks`, {
        customer: { source_id: 'cust-new' },
      });
      expect(again.body).toEqual({
        ...like(example('400 Already rolledback')),
        resource_id: expect.stringMatching(/^rrf_[0-9a-f]{18}$/),
      });
    },
  );
});

describe('what a rollback reports', () => {
  it('carries the redemption’s customer, tracking id and order, and each child’s voucher or promotion tier', async () => {
    const { post, parentId, orderId } = await redeemed();
    const response = await post(`/v1/redemptions/${parentId}/rollbacks`, { reason: 'payment failed' });
    const rolled = expectConformant(response.body, 'RedemptionsRollbacksCreateResponseBody') as {
      rollbacks: Record<string, unknown>[];
      parent_rollback: Record<string, unknown>;
    };
    const party = {
      customer_id: LOYAL_ID,
      customer: { id: LOYAL_ID, source_id: 'cust-loyal', object: 'customer' },
      tracking_id: expect.stringMatching(/^track_/),
      reason: 'payment failed',
      order: { id: orderId, status: 'CANCELED' },
    };
    expect(rolled.parent_rollback).toMatchObject({ ...party, related_object_type: 'redemption' });
    expect(rolled.rollbacks).toMatchObject([
      {
        ...party,
        related_object_type: 'promotion_tier',
        promotion_tier: { id: 'promo_Sp3nd100', campaign: { id: 'camp_Sp3ndM0r3' } },
      },
      {
        ...party,
        related_object_type: 'voucher',
        voucher: { code: 'SAVE5', is_referral_code: false },
      },
    ]);
  });

  it('keeps a tracking id the body sends', async () => {
    const { post, parentId } = await redeemed();
    const response = await post(`/v1/redemptions/${parentId}/rollbacks?tracking_id=track_mine`, {});
    expect(response.body['parent_rollback']).toMatchObject({ tracking_id: 'track_mine' });
  });
});
