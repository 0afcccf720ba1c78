import { createBff, jsonCatalog, voucherifyUpstream } from '@promokit/bff';
import { Hono } from 'hono';

const appId = process.env.VOUCHERIFY_APP_ID;
const appToken = process.env.VOUCHERIFY_APP_TOKEN;
if (!appId || !appToken) throw new Error('Set VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN');

export const app = new Hono().route(
  '/api/promotions',
  createBff({
    upstream: voucherifyUpstream({ baseUrl: 'https://api.voucherify.io', appId, appToken }),
    catalog: jsonCatalog('USD', [{ id: 'mug', name: 'Mug', price: 1200 }]),
    currency: 'USD',
    // Served at https://api.shop.example behind a load balancer that sets X-Forwarded-*.
    trustProxy: true,
    // The storefront's pages, and its dev server.
    allowedOrigins: ['https://shop.example', 'http://localhost:5173'],
  }),
);
