import { describe, expect, it } from 'vitest';

import { jwtIdentity } from './jwt-identity.js';
import { jwtOptionsFromEnv } from './jwt-options-from-env.js';

describe('jwtOptionsFromEnv', () => {
  it('is undefined without any PROMOKIT_JWT_* variable', () => {
    expect(jwtOptionsFromEnv({ PROMOKIT_SESSION_SECRET: 'x'.repeat(32) })).toBeUndefined();
  });

  it('reads the key, issuers, audiences, cookie and claim mapping', () => {
    expect(
      jwtOptionsFromEnv({
        PROMOKIT_JWT_JWKS_URL: 'https://auth.shop.example/.well-known/jwks.json',
        PROMOKIT_JWT_ISSUER: 'https://auth.shop.example',
        PROMOKIT_JWT_AUDIENCE: 'promokit-bff, storefront',
        PROMOKIT_JWT_COOKIE: 'shop_token',
        PROMOKIT_JWT_SOURCE_ID_CLAIM: 'customer_id',
        PROMOKIT_JWT_METADATA_CLAIMS: 'email, tier=https://shop.example/tier',
      }),
    ).toEqual({
      jwksUrl: 'https://auth.shop.example/.well-known/jwks.json',
      issuer: ['https://auth.shop.example'],
      audience: ['promokit-bff', 'storefront'],
      cookieName: 'shop_token',
      sourceIdClaim: 'customer_id',
      metadataClaims: { email: 'email', tier: 'https://shop.example/tier' },
    });
  });

  it('turns the \\n escapes of a one-line PEM into line breaks', () => {
    const options = jwtOptionsFromEnv({
      PROMOKIT_JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\\nMFkw\\n-----END PUBLIC KEY-----\\n',
    });
    expect(options?.publicKey).toBe('-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n');
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'settings without a key',
      { PROMOKIT_JWT_ISSUER: 'https://auth.example' },
      /PROMOKIT_JWT_ISSUER set without a key/,
    ],
    [
      'two keys',
      { PROMOKIT_JWT_SECRET: 'x'.repeat(32), PROMOKIT_JWT_JWKS_URL: 'https://auth.example/jwks' },
      /PROMOKIT_JWT_SECRET and PROMOKIT_JWT_JWKS_URL, not both/,
    ],
    [
      'an empty metadata claim',
      { PROMOKIT_JWT_SECRET: 'x'.repeat(32), PROMOKIT_JWT_METADATA_CLAIMS: 'tier=' },
      /"tier="/,
    ],
  ])('throws a TypeError naming the variables for %s', (_, env, message) => {
    expect(() => jwtOptionsFromEnv(env)).toThrow(TypeError);
    expect(() => jwtOptionsFromEnv(env)).toThrow(message);
  });

  it('gives options jwtIdentity accepts', async () => {
    const options = jwtOptionsFromEnv({ PROMOKIT_JWT_SECRET: 'x'.repeat(32), PROMOKIT_JWT_AUDIENCE: 'bff' });
    expect(await jwtIdentity(options ?? {}).ready()).toEqual(['HS256']);
  });
});
