import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { validateResponseSchema } from '@promokit/core';
import { type EngineServer, demoSeed, openEngine, serveEngine } from '@promokit/engine';
import { EdgeRuntime } from 'edge-runtime';
import { type CryptoKey, SignJWT, exportSPKI, generateKeyPair } from 'jose';
import { type Message, build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const builtins = new Set(builtinModules);

/**
 * Bundles `entry` as an Edge function's bundler does (Next.js's edge compiler): browser-like
 * conditions and main fields, no Node built-ins. Every import of one (`node:crypto`, `fs`) is an
 * error naming the importer; the errors are returned rather than thrown.
 */
async function bundleForEdge(
  entry: string,
  define: Record<string, string> = {},
): Promise<{ code: string; errors: Message[] }> {
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'neutral',
      target: 'es2022',
      mainFields: ['browser', 'module', 'main'],
      conditions: ['@promokit/source', 'edge-light', 'worker', 'browser'],
      define,
      logLevel: 'silent',
      plugins: [
        {
          name: 'no-node-builtins',
          setup(bundle) {
            bundle.onResolve({ filter: /.*/ }, ({ path, importer }) =>
              path.startsWith('node:') || builtins.has(path)
                ? { errors: [{ text: `${importer} imports the Node built-in ${path}` }] }
                : undefined,
            );
          },
        },
      ],
    });
    return { code: result.outputFiles[0]?.text ?? '', errors: [] };
  } catch (error) {
    return {
      code: '',
      errors: (error as { errors?: Message[] }).errors ?? [{ text: String(error) } as Message],
    };
  }
}

// Bundling takes a second alone, longer on a busy machine.
describe('the main entry in an Edge bundle', { timeout: 30_000 }, () => {
  it('imports no Node built-in, anywhere in its graph', async () => {
    const { errors, code } = await bundleForEdge(source('./index.ts'));
    expect(errors.map((error) => error.text)).toEqual([]);
    expect(code).toContain('createBff');
  });

  it('is checked by a bundle that does refuse Node built-ins: the embedded engine is caught', async () => {
    const { errors } = await bundleForEdge(source('./embedded-upstream.ts'));
    expect(errors.map((error) => error.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/imports the Node built-in (node:)?(fs|crypto)/)]),
    );
  });
});

describe('the BFF with voucherifyUpstream in an Edge runtime', { timeout: 15_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-edge-'));
  const webhookSecret = 'whsec-edge-secret';
  const sessionSecret = 'an-edge-session-secret-of-32-characters';
  let engine: EngineServer;
  let runtime: EdgeRuntime;
  let signingKey: CryptoKey;
  const logged: string[] = [];

  beforeAll(async () => {
    engine = await serveEngine({
      engine: openEngine({ file: join(dir, 'engine.sqlite'), seed: demoSeed() }),
      port: 0,
      appId: 'edge',
      appToken: 'edge',
    });
    const keys = await generateKeyPair('ES256', { extractable: true });
    signingKey = keys.privateKey;
    const { code, errors } = await bundleForEdge(source('./test-support/edge-entry.ts'), {
      PROMOKIT_ENGINE_URL: JSON.stringify(engine.url),
      PROMOKIT_WEBHOOK_SECRET: JSON.stringify(webhookSecret),
      PROMOKIT_SESSION_SECRET: JSON.stringify(sessionSecret),
      PROMOKIT_JWT_PUBLIC_KEY: JSON.stringify(await exportSPKI(keys.publicKey)),
    });
    expect(errors).toEqual([]);
    runtime = new EdgeRuntime({
      initialCode: code,
      extend: (context) => {
        // The runtime's console, captured: the BFF's default logger writes its lines there.
        context.console.info = (line: string) => void logged.push(line);
        return context;
      },
    });
  }, 60_000);

  afterAll(async () => {
    await engine?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const site = 'http://shop.example';
  const send = (
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) => runtime.dispatchFetch(`${site}/api/promotions${path}`, init);

  it('runs where Node is not: no process, no Buffer', () => {
    expect(runtime.evaluate('typeof process + " " + typeof Buffer')).toBe('undefined undefined');
  });

  it('signs a session cookie, reads it back, and validates a code against the engine over HTTP', async () => {
    const started = await send('/session', {
      method: 'POST',
      headers: { origin: site, 'content-type': 'application/json' },
      body: JSON.stringify({ persona: 'returning-customer' }),
    });
    expect(started.status).toBe(200);
    const cookie = (started.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^promokit_session=[\w-]+\.[0-9a-f]{64}$/);

    const response = await send('/validate', {
      method: 'POST',
      headers: { origin: site, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ cart: { lines: [{ productId: 'tote', quantity: 3 }] }, codes: ['welcome10'] }),
    });
    expect(response.status).toBe(200);
    const result = validateResponseSchema.parse(await response.json());
    expect(result.rejected).toEqual([]);
    expect(result.applied.map((applied) => applied.code)).toContain('welcome10');
    expect(result.totals.discount).toBeGreaterThan(0);
    expect(result.totals.total).toBe(
      result.totals.subtotal + result.totals.shipping - result.totals.discount,
    );

    const requestId = response.headers.get('x-request-id') ?? '';
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = logged
      .map((entry) => JSON.parse(entry) as Record<string, unknown>)
      .find((entry) => entry.requestId === requestId && entry.msg === 'request');
    expect(line).toMatchObject({
      msg: 'request',
      method: 'POST',
      path: '/api/promotions/validate',
      status: 200,
    });
  });

  it('refuses a tampered session cookie as none, and takes the default persona', async () => {
    const started = await send('/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona: 'loyalty-member' }),
    });
    const [data, signature] = ((started.headers.get('set-cookie') ?? '').split(';')[0] ?? '').split('.');
    const flipped = `${signature?.slice(0, -1)}${signature?.endsWith('0') ? '1' : '0'}`;
    const read = await send('/session', { headers: { cookie: `${data}.${flipped}` } });
    expect(await read.json()).toMatchObject({ persona: 'guest' });
    expect(read.headers.get('set-cookie')).toMatch(/^promokit_session=/);
  });

  it('identifies a shopper by an ES256 JWT with Web Crypto, and refuses an expired one with 401', async () => {
    const token = (expiresAt: number) =>
      new SignJWT({ sub: 'cust-loyal' })
        .setProtectedHeader({ alg: 'ES256' })
        .setExpirationTime(expiresAt)
        .sign(signingKey);
    const wallet = (jwt: string) =>
      runtime.dispatchFetch(`${site}/api/jwt-promotions/wallet`, {
        method: 'POST',
        headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
        body: '{}',
      });
    const signedIn = await wallet(await token(Math.floor(Date.now() / 1000) + 300));
    expect(signedIn.status).toBe(200);
    expect(await signedIn.json()).toMatchObject({ signedIn: true });
    const expired = await wallet(await token(Math.floor(Date.now() / 1000) - 300));
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('verifies webhook signatures with Web Crypto', async () => {
    const payload = JSON.stringify({ id: 'whs_edge', type: 'campaign.updated', event: { id: 'evt_edge' } });
    const signature = createHmac('sha256', webhookSecret).update(payload).digest('hex');
    const deliver = (sig: string) =>
      send('/webhooks/voucherify', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-voucherify-signature': sig },
        body: payload,
      });
    expect((await deliver(signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')))).status).toBe(401);
    const accepted = await deliver(signature.toUpperCase());
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ received: true, duplicate: false });
  });

  it('refuses a foreign origin and says why', async () => {
    const response = await send('/validate', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ cart: { lines: [{ productId: 'tote', quantity: 1 }] }, codes: [] }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: { code: 'forbidden', message: expect.stringContaining('https://evil.example') },
    });
  });
});
