import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { jsonCatalog } from '../catalog.js';
import { cookieSession } from './cookie-session.js';
import { createBff } from '../create-bff.js';
import { DEMO_PERSONAS } from './demo-personas.js';
import { recordingEngine } from '../test-support/recording-engine.js';

const engine = recordingEngine();
afterAll(() => engine.close());
const session = cookieSession({ secret: 's'.repeat(32), personas: DEMO_PERSONAS, secure: false });
const app = createBff({
  upstream: engine.upstream,
  catalog: jsonCatalog('USD', [{ id: 'mug', name: 'Mug', price: 6000 }]),
  currency: 'USD',
  logger: pino({ level: 'silent' }),
  session,
});
const sessionBody = z.object({
  persona: z.string(),
  personas: z.array(z.object({ id: z.string(), label: z.string() })),
});

async function signIn(persona: string): Promise<string> {
  const response = await app.request('/session', { method: 'POST', body: JSON.stringify({ persona }) });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

function validate(cookie: string, extra: Record<string, unknown> = {}) {
  return app.request('/validate', {
    method: 'POST',
    headers: { cookie },
    body: JSON.stringify({
      cart: { lines: [{ productId: 'mug', quantity: 1 }] },
      codes: ['WELCOME10'],
      ...extra,
    }),
  });
}

const customerSent = () =>
  engine.calls.filter((call) => call.path === '/v1/validations').at(-1)?.body.customer;

describe('signed-cookie session', () => {
  it('switches persona with POST /session and reads it back with GET /session', async () => {
    const cookie = await signIn('loyalty-member');
    const response = await app.request('/session', { headers: { cookie } });
    const body = sessionBody.parse(await response.json());
    expect(body.persona).toBe('loyalty-member');
    expect(body.personas.map((p) => p.id)).toEqual(DEMO_PERSONAS.map((p) => p.id));
  });

  it('sends the persona as the upstream customer, and only that', async () => {
    const cookie = await signIn('returning-customer');
    await validate(cookie, { customer: { source_id: 'cust-loyal' }, customerId: 'cust-loyal' });
    expect(customerSent()).toEqual({ source_id: 'cust-returning', metadata: { orders: 7 } });
  });

  it('ignores a customer named in the body of a guest', async () => {
    await validate('', { customer: { id: 'cust-loyal', source_id: 'cust-loyal' } });
    expect(customerSent()).toBeUndefined();
  });

  it('treats a tampered or forged cookie as a guest, even once the genuine one was read', async () => {
    const cookie = await signIn('loyalty-member');
    const genuine = sessionBody.parse(await (await app.request('/session', { headers: { cookie } })).json());
    expect(genuine.persona).toBe('loyalty-member');
    const [name, value] = cookie.split('=') as [string, string];
    const [data, signature] = value.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ sid: 'x', persona: 'loyalty-member' })).toString('base64url');
    for (const bad of [
      `${name}=${data}.${'0'.repeat(64)}`,
      `${name}=${forged}.${signature}`,
      `${name}=garbage`,
    ]) {
      const body = sessionBody.parse(
        await (await app.request('/session', { headers: { cookie: bad } })).json(),
      );
      expect(body.persona).toBe('guest');
    }
  });

  it('refuses an unknown persona with a typed 400', async () => {
    const response = await app.request('/session', { method: 'POST', body: '{"persona":"admin"}' });
    expect(response.status).toBe(400);
  });

  it('upserts the customer once per session', async () => {
    const cookie = await signIn('new-customer');
    await validate(cookie);
    await validate(cookie);
    const upserts = engine.calls.filter(
      (call) => call.path === '/v1/customers' && call.body.source_id === 'cust-new',
    );
    expect(upserts).toEqual([
      { path: '/v1/customers', body: { source_id: 'cust-new', metadata: { orders: 0 } } },
    ]);
  });

  it('keeps one validation LOCK session per signed-in shopper, across their sessions', async () => {
    await validate(await signIn('new-customer'));
    await validate(await signIn('new-customer'));
    const [first, second] = engine.calls.filter((call) => call.path === '/v1/validations').slice(-2);
    expect(first?.body.session).toMatchObject({ type: 'LOCK' });
    const key = (second?.body.session as { key?: string } | undefined)?.key;
    expect(key).toMatch(/^ssn_/);
  });

  it("sends a guest's validations without a session: they reserve nothing", async () => {
    const cookie = await signIn('guest');
    await validate(cookie);
    await validate(cookie);
    const sent = engine.calls.filter((call) => call.path === '/v1/validations').slice(-2);
    expect(sent).toHaveLength(2);
    for (const call of sent) expect(call.body).not.toHaveProperty('session');
  });
});
