import { createHmac } from 'node:crypto';

import { errorBodySchema } from '@promokit/core';
import { afterAll, describe, expect, it } from 'vitest';

import { listenEvents } from './test-support/listen-events.js';
import { demoBff } from './testing.js';

const secret = 'whsec-test-secret';
const bff = demoBff({ webhookSecret: secret });
afterAll(() => bff.close());

const sign = (payload: string, key = secret) => createHmac('sha256', key).update(payload).digest('hex');

let n = 0;
function webhook(type: string, eventId = `evt_${++n}`) {
  return JSON.stringify({
    id: `whs_${n}`,
    project_id: 'proj_1',
    created_at: '2026-11-26T10:00:00.000Z',
    type,
    data: { object: { id: 'camp_1' } },
    event: { id: eventId, type, created_at: '2026-11-26T10:00:00.000Z' },
  });
}

function deliver(payload: string, signature: string | undefined) {
  return bff.app.request('/webhooks/voucherify', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'x-voucherify-signature': signature } : {}),
    },
    body: payload,
  });
}

const listen = () => listenEvents(bff.app);

describe('POST /webhooks/voucherify', () => {
  it('accepts a signed event and pushes an invalidation to connected storefronts', async () => {
    const storefront = await listen();
    const payload = webhook('campaign.disabled');
    const response = await deliver(payload, sign(payload));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, duplicate: false });
    expect(await storefront.next()).toEqual({
      event: 'invalidate',
      data: { routes: ['qualifications', 'validate', 'wallet'], cause: 'campaign.disabled' },
    });
    storefront.close();
  });

  it('accepts the signature of the compact JSON when the body carries whitespace', async () => {
    const compact = webhook('voucher.updated');
    const pretty = JSON.stringify(JSON.parse(compact), null, 2);
    expect((await deliver(pretty, sign(compact))).status).toBe(200);
  });

  it.each([
    ['no signature', (p: string) => (void p, undefined)],
    ['a signature with another secret', (p: string) => sign(p, 'other')],
    ['a signature of another payload', (p: string) => sign(`${p} `)],
    ['a malformed signature', () => 'zz'],
    ['a signature in upper case of the wrong body', () => sign('x').toUpperCase()],
  ])('refuses %s with 401', async (_, signature) => {
    const payload = webhook('campaign.disabled');
    const response = await deliver(payload, signature(payload));
    expect(response.status).toBe(401);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('forbidden');
  });

  it('ignores a replayed event id', async () => {
    const storefront = await listen();
    const first = webhook('redemption.succeeded', 'evt_replayed');
    const replay = webhook('campaign.deleted', 'evt_replayed');
    expect(await (await deliver(first, sign(first))).json()).toEqual({ received: true, duplicate: false });
    expect(await (await deliver(replay, sign(replay))).json()).toEqual({ received: true, duplicate: true });
    const later = webhook('customer.updated');
    await deliver(later, sign(later));
    expect((await storefront.next()).data).toMatchObject({ cause: 'redemption.succeeded' });
    expect((await storefront.next()).data).toMatchObject({ cause: 'customer.updated' });
    storefront.close();
  });

  it('answers a signed body that is not a webhook with 400', async () => {
    const payload = '{"hello":"world"}';
    expect((await deliver(payload, sign(payload))).status).toBe(400);
  });

  it('is absent without a webhook secret', async () => {
    const plain = demoBff();
    const payload = webhook('campaign.disabled');
    expect((await plain.app.request('/webhooks/voucherify', { method: 'POST', body: payload })).status).toBe(
      404,
    );
    plain.close();
  });
});
