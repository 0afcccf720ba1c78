import { createBff, jsonCatalog, jwtIdentity, voucherifyUpstream } from '@promokit/bff';
import { Hono } from 'hono';

const env = process.env;
if (!env.VOUCHERIFY_APP_ID || !env.VOUCHERIFY_APP_TOKEN)
  throw new Error('Set VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN');

/** Who shops: the customer your sign-in server names in the token it signs (`sub`). */
const identify = jwtIdentity({
  jwksUrl: 'https://auth.shop.example/.well-known/jwks.json', // RS256 or ES256, picked by `kid`
  issuer: 'https://auth.shop.example',
  audience: 'promokit-bff',
  cookieName: 'shop_token', // besides `Authorization: Bearer <token>`
  metadataClaims: { email: 'email', tier: 'https://shop.example/tier' }, // customer metadata ← claim
});

export const promotions = new Hono().route(
  '/api/promotions',
  createBff({
    upstream: voucherifyUpstream({
      baseUrl: 'https://api.voucherify.io',
      appId: env.VOUCHERIFY_APP_ID,
      appToken: env.VOUCHERIFY_APP_TOKEN,
    }),
    catalog: jsonCatalog('USD', [{ id: 'mug', name: 'Trail Mug', price: 2500 }]),
    currency: 'USD',
    identify,
  }),
);
