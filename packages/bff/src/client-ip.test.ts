import fc from 'fast-check';
import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';

import { addressBucket } from './address-bucket.js';
import type { BffEnv } from './bff-env.js';
import { clientIp } from './client-ip.js';

/** `clientIp(trustProxy)` of a request from `peer` (none: `null`) with `x-forwarded-for: forwarded`; the warnings logged. */
function client(trustProxy: boolean) {
  const warnings: Record<string, unknown>[] = [];
  const log = pino(
    { level: 'warn' },
    { write: (line: string) => void warnings.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const ip = clientIp(trustProxy);
  const app = new Hono<BffEnv>()
    .use(async (c, next) => {
      c.set('log', log);
      await next();
    })
    .get('/', (c) => c.text(ip(c)));
  return {
    warnings,
    async of(forwarded: string | undefined, peer: string | null = '192.0.2.50') {
      const headers: Record<string, string> = forwarded === undefined ? {} : { 'x-forwarded-for': forwarded };
      const env = peer === null ? {} : { incoming: { socket: { remoteAddress: peer } } };
      return (await app.request('/', { headers }, env)).text();
    },
  };
}

describe('clientIp', () => {
  it('is the socket peer without trustProxy, whatever X-Forwarded-For says', async () => {
    const ip = client(false);
    expect(await ip.of('203.0.113.7')).toBe('192.0.2.50');
    expect(await ip.of(undefined, '::ffff:192.0.2.51')).toBe('::ffff:192.0.2.51');
    expect(await ip.of(undefined, null)).toBe('unknown');
  });

  it('drops the port of an address a proxy writes with one', async () => {
    const ip = client(true);
    expect(await ip.of('203.0.113.7:41234')).toBe('203.0.113.7');
    expect(await ip.of('[2001:db8:7:1::9]:443')).toBe('2001:db8:7:1::9');
    expect(await ip.of('[2001:db8:7:1::9]')).toBe('2001:db8:7:1::9');
    expect(await ip.of(' 2001:db8:7:1::9 ')).toBe('2001:db8:7:1::9');
  });

  it('reads the last entry, the one the proxy in front wrote, never what the client put before it', async () => {
    const ip = client(true);
    expect(await ip.of('198.51.100.1, 203.0.113.8')).toBe('203.0.113.8');
    expect(await ip.of('not-an-address, 10.9.8.7, 203.0.113.8:5000')).toBe('203.0.113.8');
  });

  it('counts the socket peer for an entry that is no address, and logs it once', async () => {
    const ip = client(true);
    for (const forwarded of [
      'unknown',
      '_hidden',
      'shop.example',
      '127.1',
      '0x7f000001',
      '203.0.113.8, ',
      '1.2.3.4:port',
    ])
      expect(await ip.of(forwarded)).toBe('192.0.2.50');
    expect(ip.warnings).toHaveLength(1);
    expect(ip.warnings[0]).toMatchObject({ xForwardedFor: 'unknown', counted: '192.0.2.50' });
  });

  it('gives one client, however a proxy spells its address and port, one limit bucket', async () => {
    const ip = client(true);
    await fc.assert(
      fc.asyncProperty(
        fc.ipV4(),
        fc.integer({ min: 1, max: 65535 }),
        fc.ipV4(),
        async (address, port, forged) => {
          const buckets = new Set(
            await Promise.all(
              [address, `${address}:${port}`, `${forged}, ${address}`, `${forged}:1, ${address}:${port}`].map(
                async (forwarded) => addressBucket(await ip.of(forwarded)),
              ),
            ),
          );
          expect(buckets).toEqual(new Set([addressBucket(address)]));
        },
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.ipV6(), fc.integer({ min: 1, max: 65535 }), async (address, port) => {
        expect(addressBucket(await ip.of(`[${address}]:${port}`))).toBe(addressBucket(address));
      }),
    );
  });
});
