import { VoucherifyApiError, createVoucherifyClient } from '@promokit/voucherify';
import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from '../engine.js';
import { DEMO_NOW, demoSeed } from '../test-support/demo.js';
import { expectConformant } from '../test-support/spec-conformance.js';
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

async function start(): Promise<EngineServer> {
  engine = openEngine({ file: dir.path('engine.db'), seed: demoSeed, now: () => DEMO_NOW });
  server = await serveEngine({ engine, port: 0, ...credentials });
  return server;
}

describe('serveEngine', () => {
  it('serves the engine to the Voucherify client over HTTP', async () => {
    const { url } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = createVoucherifyClient({ baseUrl: url, ...credentials });

    const result = await client.validations.validate({
      redeemables: [{ object: 'voucher', id: 'WELCOME10' }],
      order: { amount: 3000 },
    });
    expectConformant(result);
    const [redeemable] = result.redeemables;
    expect(redeemable?.status === 'INAPPLICABLE' && redeemable.result.promokit?.missing_amount).toBe(2000);
  });

  it('releases a validation session for the Voucherify client over HTTP', async () => {
    const { url } = await start();
    const client = createVoucherifyClient({ baseUrl: url, ...credentials });
    const gift = {
      redeemables: [{ object: 'voucher' as const, id: 'GIFT-5000-DEMO', gift: { credits: 5000 } }],
      customer: { source_id: 'cust-loyal' },
      order: { amount: 12900 },
    };
    const locked = await client.validations.validate({ ...gift, session: { type: 'LOCK' } });
    const key = locked.session?.key ?? '';
    expect(key).toMatch(/^ssn_/);
    expect((await client.validations.validate(gift)).valid).toBe(false);

    await expect(client.vouchers.releaseSession('GIFT-5000-DEMO', key)).resolves.toBeUndefined();
    expect((await client.validations.validate(gift)).valid).toBe(true);
    const again = await client.vouchers.releaseSession('GIFT-5000-DEMO', key).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(VoucherifyApiError);
    expect(again).toMatchObject({ status: 404, body: { key: 'not_found', resource_type: 'session' } });
  });

  it('answers the client with Voucherify error bodies', async () => {
    const { url } = await start();
    const client = createVoucherifyClient({ baseUrl: url, appId: 'app-id', appToken: 'wrong' });
    const error = await client.validations
      .validate({ redeemables: [{ object: 'voucher', id: 'SAVE5' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VoucherifyApiError);
    expect(error).toMatchObject({ status: 401, body: { key: 'unauthorized' } });
  });

  it('stops listening on close', async () => {
    const { url } = await start();
    await server?.close();
    server = undefined;
    await expect(fetch(`${url}/v1/validations`, { method: 'POST' })).rejects.toThrow();
  });

  it('rejects when the port is taken', async () => {
    const { url } = await start();
    const port = Number(new URL(url).port);
    await expect(serveEngine({ engine: engine as Engine, port, ...credentials })).rejects.toThrow(
      /EADDRINUSE/,
    );
  });
});
