import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { validateResponseSchema } from '@promokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-server-'));
let child: ChildProcess;
let startup = '';
let base = '';
let stdout = '';

// The promokit-bff entry as its own Node process, configured by its environment only.
beforeAll(async () => {
  child = spawn(
    process.execPath,
    [
      '--conditions=@promokit/source',
      '--import',
      'tsx',
      fileURLToPath(new URL('./server.ts', import.meta.url)),
    ],
    {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        PROMOKIT_ENGINE_DB: join(dir, 'engine.sqlite'),
        PROMOKIT_SESSION_SECRET: 'a-session-secret-of-at-least-32-characters',
        PROMOKIT_COOKIE_SECURE: 'false',
        PROMOKIT_ALLOWED_ORIGINS: 'https://shop.example, https://other.example',
        VOUCHERIFY_WEBHOOK_SECRET: 'whsec-server-test',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  startup = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((entry) => entry.startsWith('PromoKit BFF on'));
      if (line) resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`promokit-bff exited with ${code}: ${stdout}`)));
  });
  base = startup.match(/on (http:\S+?),/)?.[1] ?? '';
}, 30_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('promokit-bff', () => {
  it("logs a request's line at once, while it runs, not when a buffer fills or it exits", async () => {
    const response = await fetch(`${base}/session`, { headers: { 'x-request-id': 'logged-at-once' } });
    expect(response.status).toBe(200);
    await expect
      .poll(() => stdout.split('\n').find((line) => line.includes('"requestId":"logged-at-once"')), {
        timeout: 2000,
      })
      .toMatch(
        /"path":"\/api\/promotions\/session".*"msg":"request"|"msg":"request".*"path":"\/api\/promotions\/session"/,
      );
    expect(child.exitCode).toBeNull();
  });

  it('says where it listens, which upstream it calls and what is on', () => {
    expect(startup).toMatch(
      /^PromoKit BFF on http:\/\/127\.0\.0\.1:\d+\/api\/promotions, upstream: embedded engine/,
    );
    expect(startup).toContain('cookie sessions with demo personas');
    expect(startup).toContain('webhooks');
    expect(startup).toContain('origins https://shop.example https://other.example');
    expect(startup).toContain('case-insensitive codes');
  });

  it('serves the demo personas from PROMOKIT_SESSION_SECRET, and validates as the signed-in shopper, codes in any case', async () => {
    const switched = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona: 'loyalty-member' }),
    });
    expect(await switched.json()).toMatchObject({ persona: 'loyalty-member' });
    const cookie = (switched.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(switched.headers.get('set-cookie')).not.toContain('Secure');
    const wallet = await fetch(`${base}/wallet`, { method: 'POST', headers: { cookie }, body: '{}' });
    expect(await wallet.json()).toMatchObject({ signedIn: true });
    const validated = await fetch(`${base}/validate`, {
      method: 'POST',
      headers: { cookie, origin: 'https://shop.example' },
      body: JSON.stringify({ cart: { lines: [{ productId: 'mug', quantity: 1 }] }, codes: ['save5'] }),
    });
    expect(validated.status).toBe(200);
    const body = validateResponseSchema.parse(await validated.json());
    expect(body.applied.map((item) => item.code)).toEqual(['save5']);
  });

  it('refuses an origin outside PROMOKIT_ALLOWED_ORIGINS, and a webhook without a valid signature', async () => {
    const foreign = await fetch(`${base}/validate`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: JSON.stringify({ cart: { lines: [] }, codes: [] }),
    });
    expect(foreign.status).toBe(403);
    const webhook = await fetch(`${base}/webhooks/voucherify`, { method: 'POST', body: '{}' });
    expect(webhook.status).toBe(401);
  });
});
