import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { errorBodySchema, walletResponseSchema } from '@promokit/core';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-jwt-server-'));
const SECRET = 'the-shop-sign-in-secret-of-32-characters-or-more';
const ISSUER = 'https://auth.shop.example';
const server = fileURLToPath(new URL('./server.ts', import.meta.url));

/** `promokit-bff` as its own Node process with `env`; its output so far, and how it ended. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--conditions=@promokit/source', '--import', 'tsx', server], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', PROMOKIT_ENGINE_DB: join(dir, 'engine.sqlite'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => void (output.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => void (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output, exited };
}

let running: ReturnType<typeof start>;
let base = '';
let startup = '';

beforeAll(async () => {
  running = start({
    PROMOKIT_JWT_SECRET: SECRET,
    PROMOKIT_JWT_ISSUER: ISSUER,
    PROMOKIT_JWT_AUDIENCE: 'promokit-bff',
    PROMOKIT_JWT_COOKIE: 'shop_token',
    PROMOKIT_JWT_METADATA_CLAIMS: 'email',
  });
  startup = await new Promise<string>((resolve, reject) => {
    running.child.stdout?.on('data', () => {
      const line = running.output.stdout.split('\n').find((entry) => entry.startsWith('PromoKit BFF on'));
      if (line) resolve(line);
    });
    void running.exited.then((code) =>
      reject(new Error(`promokit-bff exited with ${code}: ${running.output.stderr}`)),
    );
  });
  base = startup.match(/on (http:\S+?),/)?.[1] ?? '';
}, 30_000);

afterAll(async () => {
  if (running.child.exitCode === null) {
    running.child.kill('SIGTERM');
    await running.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

const token = (sub: string, expiresAt: number, issuer = ISSUER) =>
  new SignJWT({ sub, email: `${sub}@shop.example` })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setAudience('promokit-bff')
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(SECRET));
const inFiveMinutes = () => Math.floor(Date.now() / 1000) + 300;
const wallet = (headers: Record<string, string>) =>
  fetch(`${base}/wallet`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
  });

describe('promokit-bff with PROMOKIT_JWT_*', () => {
  it('says it identifies shoppers by JWT, and how', () => {
    expect(startup).toContain(
      'JWT sign-in (HS256, iss https://auth.shop.example, aud promokit-bff, Bearer or cookie shop_token)',
    );
  });

  it('takes the shopper from a valid token in the header or the cookie; without one, a guest', async () => {
    const jwt = await token('cust-loyal', inFiveMinutes());
    const ways: Record<string, string>[] = [
      { authorization: `Bearer ${jwt}` },
      { cookie: `shop_token=${jwt}` },
    ];
    for (const headers of ways) {
      const response = await wallet(headers);
      expect(response.status).toBe(200);
      expect(walletResponseSchema.parse(await response.json()).signedIn).toBe(true);
    }
    expect(walletResponseSchema.parse(await (await wallet({})).json()).signedIn).toBe(false);
    // No demo personas in production.
    expect((await fetch(`${base}/session`)).status).toBe(404);
  });

  it('answers 401 to an expired token or one of another issuer, and logs why on stdout, never the token', async () => {
    for (const [jwt, check] of [
      [await token('cust-loyal', Math.floor(Date.now() / 1000) - 300), 'ERR_JWT_EXPIRED'],
      [await token('cust-loyal', inFiveMinutes(), 'https://evil.example'), 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
    ] as const) {
      const requestId = globalThis.crypto.randomUUID();
      const response = await wallet({ authorization: `Bearer ${jwt}`, 'x-request-id': requestId });
      expect(response.status).toBe(401);
      expect(errorBodySchema.parse(await response.json()).error.code).toBe('unauthorized');
      await expect
        .poll(() =>
          running.output.stdout
            .split('\n')
            .find((line) => line.includes(requestId) && line.includes('"msg":"unauthorized"')),
        )
        .toContain(check);
      expect(running.output.stdout).not.toContain(jwt);
    }
  });

  it('refuses to start with demo personas and JWT sign-in at once, saying so', async () => {
    const both = start({
      PROMOKIT_JWT_SECRET: SECRET,
      PROMOKIT_SESSION_SECRET: 'a-session-secret-of-at-least-32-characters',
    });
    expect(await both.exited).not.toBe(0);
    expect(both.output.stderr).toContain('PROMOKIT_SESSION_SECRET (demo personas) and PROMOKIT_JWT_*');
  }, 30_000);
});
