import { createHmac } from 'node:crypto';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { hmacSha256 } from './hmac-sha256.js';

const nodeHmac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('hex');

describe('hmacSha256 (Web Crypto)', () => {
  it("signs as Node's createHmac does, for any secret and data in UTF-8", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        async (secret, data) => {
          expect(await hmacSha256(secret).signHex(data)).toBe(nodeHmac(secret, data));
        },
      ),
    );
  });

  it('verifies its MAC in either case, and refuses it with any one digit changed or for other data', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }),
        fc.string(),
        fc.nat({ max: 63 }),
        fc.constantFrom(...'0123456789abcdef'),
        async (secret, data, at, digit) => {
          const hmac = hmacSha256(secret);
          const mac = await hmac.signHex(data);
          expect(await hmac.verifyHex(data, mac)).toBe(true);
          expect(await hmac.verifyHex(data, mac.toUpperCase())).toBe(true);
          fc.pre(mac[at] !== digit);
          expect(await hmac.verifyHex(data, `${mac.slice(0, at)}${digit}${mac.slice(at + 1)}`)).toBe(false);
          expect(await hmac.verifyHex(`${data}.`, mac)).toBe(false);
        },
      ),
    );
  });

  it.each(['', 'zz', 'a'.repeat(63), 'a'.repeat(65), `${'g'.repeat(64)}`])(
    'refuses %j, which is no hex MAC',
    async (given) => {
      expect(await hmacSha256('secret').verifyHex('data', given)).toBe(false);
    },
  );
});
