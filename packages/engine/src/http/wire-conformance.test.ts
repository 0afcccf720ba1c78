import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from '../engine.js';
import { DEMO_NOW, demoSeed } from '../test-support/demo.js';
import {
  describeWithReference,
  expectConformant,
  readReference,
  type SpecSchema,
} from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';
import { createEngineApp } from './app.js';

const dir = tempDirPerTest();
const credentials = { appId: 'app-id', appToken: 'app-token' };
const opened: Engine[] = [];
afterEach(() => opened.splice(0).forEach((engine) => engine.close()));

function app() {
  const engine = openEngine({ file: dir.path('engine.db'), seed: demoSeed, now: () => DEMO_NOW });
  opened.push(engine);
  const served = createEngineApp(engine, credentials);
  return async (path: string, body?: unknown) => {
    const response = await served.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'content-type': 'application/json',
        'x-app-id': credentials.appId,
        'x-app-token': credentials.appToken,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}

type Examples = Record<string, { value: unknown }>;
type Spec = {
  paths: Record<
    string,
    { post?: { requestBody?: { content?: { 'application/json'?: { examples?: Examples } } } } }
  >;
};

/** The request bodies of a `POST` path in the spec, by example name. */
function specRequests(path: string): [string, unknown][] {
  const examples =
    readReference<Spec>('readOnly-openAPI.json').paths[path]?.post?.requestBody?.content?.['application/json']
      ?.examples ?? {};
  return Object.entries(examples).map(([name, example]) => [name, example.value]);
}

/** Where the engine takes each kind of request, and the requests Voucherify documents for it. */
function documentedRequests(): [string, string, unknown][] {
  const file = (name: string) => readReference<{ request: unknown }>(`examples/${name}`).request;
  const clientSide = readReference<Record<string, { requests?: Record<string, unknown> }>>(
    'examples/10-client-side-requests.json',
  );
  const client = (path: string, route: string): [string, string, unknown][] =>
    Object.entries(clientSide[`POST /client${path}`]?.requests ?? {}).map(([name, body]) => [
      `client-side ${path}: ${name}`,
      route,
      body,
    ]);
  const spec = (path: string, route: string): [string, string, unknown][] =>
    specRequests(path).map(([name, body]) => [`spec ${path}: ${name}`, route, body]);
  return [
    ['01-qualifications.json', '/v1/qualifications', file('01-qualifications.json')],
    [
      '02-validations-valid-5-redeemables.json',
      '/v1/validations',
      file('02-validations-valid-5-redeemables.json'),
    ],
    ['05-redemptions-stackable.json', '/v1/redemptions', file('05-redemptions-stackable.json')],
    [
      '06-redemptions-rollback-single.json',
      '/v1/redemptions/r_0abc/rollback',
      file('06-redemptions-rollback-single.json'),
    ],
    [
      '07-redemptions-rollbacks-stackable.json',
      '/v1/redemptions/r_0abc/rollbacks',
      file('07-redemptions-rollbacks-stackable.json'),
    ],
    ...client('/v1/validations', '/v1/validations'),
    ...client('/v1/redemptions', '/v1/redemptions'),
    ...client('/v1/events', '/v1/events'),
    ...spec('/v1/qualifications', '/v1/qualifications'),
    ...spec('/v1/validations', '/v1/validations'),
    ...spec('/v1/redemptions', '/v1/redemptions'),
    ...spec('/v1/redemptions/{redemptionId}/rollback', '/v1/redemptions/r_0abc/rollback'),
    ...spec('/v1/redemptions/{parentRedemptionId}/rollbacks', '/v1/redemptions/r_0abc/rollbacks'),
    ...spec('/v1/customers', '/v1/customers'),
    ...spec('/v1/events', '/v1/events'),
  ];
}

const DOCUMENTED = [
  'readOnly-openAPI.json',
  'examples/01-qualifications.json',
  'examples/02-validations-valid-5-redeemables.json',
  'examples/05-redemptions-stackable.json',
  'examples/06-redemptions-rollback-single.json',
  'examples/07-redemptions-rollbacks-stackable.json',
  'examples/10-client-side-requests.json',
] as const;

describeWithReference("every request in Voucherify's examples", [...DOCUMENTED], () => {
  const requests = documentedRequests();

  it('covers each endpoint the engine serves', () => {
    expect(new Set(requests.map(([, route]) => route)).size).toBe(7);
  });

  it.each(requests)('accepts %s', async (_, route, body) => {
    const response = await app()(route, body);
    // Business answers (unknown codes, redemptions or customers of another project) are fine; a
    // refused payload or a crash is not.
    expect(response.body['key']).not.toBe('invalid_payload');
    expect(response.status).toBeLessThan(500);
  });
});

const loyal = { source_id: 'cust-loyal' };
const cart = {
  items: [
    { product_id: 'mug', quantity: 3, price: 2500 },
    { product_id: 'tote', quantity: 1, price: 3500 },
    { product_id: 'cap', quantity: 1, price: 3000 },
    { product_id: 'rain-shell', quantity: 1, price: 12900 },
  ],
};

describe("every kind of engine response matches the spec's schema", () => {
  it.each<[string, unknown]>([
    [
      'ALL, best deal first, expanded',
      {
        scenario: 'ALL',
        customer: loyal,
        order: cart,
        options: {
          limit: 50,
          sorting_rule: 'BEST_DEAL',
          expand: ['redeemable', 'category', 'validation_rules'],
        },
      },
    ],
    [
      'ALL for a guest with a small cart (offers still missing an amount or items)',
      { order: { items: [{ product_id: 'mug', quantity: 1, price: 2500 }] }, options: { limit: 50 } },
    ],
    [
      'CUSTOMER_WALLET with a session',
      { scenario: 'CUSTOMER_WALLET', customer: loyal, order: cart, session: { type: 'LOCK' } },
    ],
    [
      "the referrer's wallet (their own code)",
      { scenario: 'CUSTOMER_WALLET', customer: { source_id: 'cust-returning' }, order: cart },
    ],
    ['PRODUCTS', { scenario: 'PRODUCTS', order: cart, options: { limit: 50 } }],
    ['PRODUCTS_DISCOUNT', { scenario: 'PRODUCTS_DISCOUNT', order: cart }],
    ['AUDIENCE_ONLY', { scenario: 'AUDIENCE_ONLY', customer: loyal }],
    ['paged', { order: cart, options: { limit: 2 } }],
  ])('qualifications: %s', async (_, body) => {
    const response = await app()('/v1/qualifications', body);
    expect(response.status).toBe(200);
    expectConformant(response.body, 'QualificationsCheckEligibilityResponseBody');
  });

  it('validations, redemptions, rollbacks, customers and events', async () => {
    const post = app();
    const check = async (path: string, body: unknown | undefined, schema: SpecSchema) => {
      const response = await post(path, body);
      expect({ path, status: response.status, key: response.body['key'] }).toEqual({
        path,
        status: 200,
        key: undefined,
      });
      return expectConformant(response.body, schema);
    };
    const stacked = {
      redeemables: [
        { object: 'promotion_tier', id: 'promo_Sp3nd250' },
        { object: 'promotion_tier', id: 'promo_MugTr10' },
        { object: 'promotion_tier', id: 'promo_Fr33Sh1p75' },
        { object: 'voucher', id: 'GIFT-5000-DEMO', gift: { credits: 1500 } },
        { object: 'voucher', id: 'LOYALTY-SAM', reward: { id: 'rew_P4yW1thP01nt5', points: 700 } },
      ],
      customer: loyal,
      order: { ...cart, source_id: 'wire-1' },
      options: { expand: ['order', 'redeemable', 'category'] },
    };
    await check(
      '/v1/validations',
      { ...stacked, session: { type: 'LOCK' } },
      'ValidationsValidateResponseBody',
    );
    const redeemed = await check('/v1/redemptions', stacked, 'RedemptionsRedeemResponseBody');
    const parent = (redeemed['parent_redemption'] as { id: string }).id;
    const child = (redeemed['redemptions'] as { id: string }[])[0]?.id;
    await check('/v1/orders/wire-1', undefined, 'OrdersGetResponseBody');
    await check(`/v1/redemptions/${parent}`, undefined, 'RedemptionsGetResponseBody');
    await check(`/v1/redemptions/${child}`, undefined, 'RedemptionsGetResponseBody');
    const rolledBack = await check(
      `/v1/redemptions/${parent}/rollbacks`,
      { reason: 'payment failed' },
      'RedemptionsRollbacksCreateResponseBody',
    );
    const rollback = (rolledBack['parent_rollback'] as { id: string }).id;
    await check('/v1/orders/wire-1', undefined, 'OrdersGetResponseBody');
    await check(`/v1/redemptions/${parent}`, undefined, 'RedemptionsGetResponseBody');
    await check(`/v1/redemptions/${rollback}`, undefined, 'RedemptionsGetResponseBody');

    await check(
      '/v1/customers',
      { source_id: 'cust-wire', name: 'Wire Test', metadata: { tier: 'vip' } },
      'CustomersCreateResponseBody',
    );
    await check(
      '/v1/events',
      { event: 'signed_up', customer: { source_id: 'cust-referred' }, referral: { code: 'REF-ALEX' } },
      'EventsCreateResponseBody',
    );
  });
});
