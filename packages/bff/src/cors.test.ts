import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumArgs, chromiumPath } from '../../../.ci/chromium.mjs';
import { type RunningDemoBff, startDemoBff } from './testing.js';

/** A page of a storefront on its own origin, with the kit's client as `window.promo`. */
async function storefront(client: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (request.url === '/client.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(client);
    } else {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>Storefront</title><script src="/client.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** `@promokit/core`'s client bundled for the browser, as a storefront ships it. */
async function clientBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "import { createPromoClient } from '@promokit/core'; window.createPromoClient = createPromoClient;",
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    conditions: ['@promokit/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

interface PageResult {
  ok: boolean;
  value?: unknown;
  error?: string;
}

// The page calls the BFF with the kit's client, which always sends credentials; each call's
// outcome comes back as data, a CORS failure as the error the page saw.
const call = (page: Page, bff: string, script: string): Promise<PageResult> =>
  page.evaluate(
    async ([baseUrl, body]) => {
      const promo = (
        window as unknown as { createPromoClient(o: { baseUrl: string }): unknown }
      ).createPromoClient({
        baseUrl,
      });
      try {
        const run = new Function('promo', 'baseUrl', `return (async () => { ${body} })()`) as (
          promo: unknown,
          baseUrl: string,
        ) => Promise<unknown>;
        return { ok: true, value: await run(promo, baseUrl) };
      } catch (error) {
        return { ok: false, error: `${(error as Error).name}: ${(error as Error).message}` };
      }
    },
    [bff, script] as const,
  );

describe.skipIf(!existsSync(chromiumPath))(
  `CORS, from a page on another origin in Chromium (${chromiumPath})`,
  { timeout: 20_000 },
  () => {
    let browser: Browser;
    let bff: RunningDemoBff;
    let shop: { origin: string; close(): Promise<void> };
    let stranger: { origin: string; close(): Promise<void> };

    beforeAll(async () => {
      const client = await clientBundle();
      [shop, stranger] = await Promise.all([storefront(client), storefront(client)]);
      bff = await startDemoBff({ allowedOrigins: [shop.origin] });
      browser = await chromium.launch({
        executablePath: chromiumPath,
        args: [...chromiumArgs],
        timeout: 30_000,
      });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await Promise.all([bff?.close(), shop?.close(), stranger?.close()]);
    });

    async function open(origin: string): Promise<Page> {
      const page = await browser.newPage();
      await page.goto(`${origin}/`);
      return page;
    }

    it('lets an allowed origin start a session with credentials, and validates as that shopper', async () => {
      const page = await open(shop.origin);
      // POST /session with JSON is preflighted; its Set-Cookie is kept because credentials are allowed.
      const started = await call(
        page,
        bff.url,
        `const r = await fetch(baseUrl + '/session', { method: 'POST', credentials: 'include',
         headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'loyalty-member' }) });
       return { status: r.status, requestId: r.headers.get('x-request-id'), body: await r.json() };`,
      );
      expect(started).toMatchObject({
        ok: true,
        value: { status: 200, body: { persona: 'loyalty-member' } },
      });
      expect((started.value as { requestId: string | null }).requestId).toMatch(/^[0-9a-f-]{36}$/);

      const wallet = await call(page, bff.url, 'return promo.wallet();');
      expect(wallet).toMatchObject({ ok: true, value: { signedIn: true } });
      const validation = await call(
        page,
        bff.url,
        "return promo.validate({ cart: { lines: [{ productId: 'tote', quantity: 3 }] }, codes: ['WELCOME10'] });",
      );
      expect(validation).toMatchObject({ ok: true, value: { rejected: [] } });
      await page.close();
    });

    it("reads a refusal's status, JSON body and the X-Request-Id CORS exposes", async () => {
      const page = await open(shop.origin);
      const answer = await call(
        page,
        bff.url,
        `const r = await fetch(baseUrl + '/no-such-route', { method: 'POST', credentials: 'include',
         headers: { 'content-type': 'application/json' }, body: '{}' });
       return { status: r.status, body: await r.json(), requestId: r.headers.get('x-request-id') };`,
      );
      expect(answer).toMatchObject({
        ok: true,
        value: {
          status: 404,
          body: { error: { code: 'not_found' } },
          requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        },
      });
      await page.close();
    });

    it('gives a page of another origin nothing: its calls fail in the browser', async () => {
      const page = await open(stranger.origin);
      const validation = await call(
        page,
        bff.url,
        "return promo.validate({ cart: { lines: [{ productId: 'tote', quantity: 1 }] }, codes: [] });",
      );
      expect(validation).toEqual({ ok: false, error: expect.stringMatching(/^PromoError: /) });
      await page.close();
    });
  },
);

describe('CORS answers, header by header', () => {
  let bff: RunningDemoBff;
  const partner = 'https://partner.example';
  beforeAll(async () => {
    bff = await startDemoBff({ allowedOrigins: [partner] });
  });
  afterAll(() => bff.close());

  const preflight = (origin: string) =>
    fetch(`${bff.url}/validate`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-request-id',
      },
    });

  it('answers an allowed preflight with the exact origin, credentials, methods and headers', async () => {
    const response = await preflight(partner);
    expect(response.status).toBe(204);
    expect(
      Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-'))),
    ).toEqual({
      'access-control-allow-origin': partner,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET,HEAD,POST',
      'access-control-allow-headers': 'content-type,x-request-id',
      'access-control-expose-headers': 'Retry-After,X-Request-Id',
      'access-control-max-age': '600',
    });
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('adds the exact origin, credentials and Vary: Origin to an allowed request, never *', async () => {
    const response = await fetch(`${bff.url}/validate`, {
      method: 'POST',
      headers: { origin: partner, 'content-type': 'application/json' },
      body: JSON.stringify({ cart: { lines: [{ productId: 'mug', quantity: 1 }] }, codes: [] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(partner);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('opens the live updates stream to an allowed origin with credentials', async () => {
    const controller = new AbortController();
    const response = await fetch(`${bff.url}/events`, {
      headers: { origin: partner },
      signal: controller.signal,
    });
    controller.abort();
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('access-control-allow-origin')).toBe(partner);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('gives another origin no Access-Control header: its preflight is refused with the reason', async () => {
    const response = await preflight('https://evil.example');
    expect(response.status).toBe(403);
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(await response.json()).toMatchObject({
      error: { code: 'forbidden', message: expect.stringContaining('https://evil.example') },
    });
    const get = await fetch(`${bff.url}/session`, { headers: { origin: 'https://evil.example' } });
    expect([...get.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(get.headers.get('vary')).toMatch(/Origin/);
  });
});
