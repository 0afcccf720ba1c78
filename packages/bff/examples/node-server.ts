import { serve } from '@hono/node-server';
import { type Identify, createBff, jsonCatalog, redisStore, voucherifyUpstream } from '@promokit/bff';
import { Hono } from 'hono';
import { Redis } from 'ioredis';

const env = process.env;
if (!env.VOUCHERIFY_APP_ID || !env.VOUCHERIFY_APP_TOKEN)
  throw new Error('Set VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN');

/** Your products, prices in minor units of the catalog's currency; the browser's prices are never used. */
const products = [
  { id: 'mug', name: 'Trail Mug', price: 2500 },
  { id: 'tote', name: 'Canvas Tote', price: 3500 },
];

/** Who is shopping, from your own session (never from the request body); `null` is a guest. */
const identify: Identify = () => null; // e.g. { sourceId: user.id } for the signed-in user

const bff = createBff({
  upstream: voucherifyUpstream({
    baseUrl: 'https://api.voucherify.io',
    appId: env.VOUCHERIFY_APP_ID,
    appToken: env.VOUCHERIFY_APP_TOKEN,
    payWithPointsRewards: { camp_loyalty: 'rew_pay_with_points' }, // loyalty campaign → its reward
  }),
  catalog: jsonCatalog('USD', products, { shipping: { flatRate: 695 } }), // or your own { price(lines) }
  currency: 'USD', // the ISO 4217 code the catalog and the Voucherify project count in
  identify,
  allowedOrigins: ['https://shop.example'],
  // Limits, locks and redeems shared by several instances.
  ...(env.REDIS_URL ? { store: redisStore(new Redis(env.REDIS_URL)) } : {}),
  ...(env.VOUCHERIFY_WEBHOOK_SECRET ? { webhookSecret: env.VOUCHERIFY_WEBHOOK_SECRET } : {}),
});

serve({ fetch: new Hono().route('/api/promotions', bff).fetch, port: 3000 });
