// The BFF as an Edge function would run it, from the package's main entry only: bundled by the
// edge test, which defines the constants below, and evaluated in an Edge runtime.
import { Hono } from 'hono';

import catalog from '../demo-catalog.json' with { type: 'json' };
import { DEMO_PERSONAS, cookieSession, createBff, jsonCatalog, voucherifyUpstream } from '../index.js';

declare const PROMOKIT_ENGINE_URL: string;
declare const PROMOKIT_WEBHOOK_SECRET: string;
declare const PROMOKIT_SESSION_SECRET: string;

interface FetchEvent extends Event {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}

const app = new Hono().route(
  '/api/promotions',
  createBff({
    upstream: voucherifyUpstream({ baseUrl: PROMOKIT_ENGINE_URL, appId: 'edge', appToken: 'edge' }),
    catalog: jsonCatalog(catalog.currency, catalog.products, { shipping: catalog.shipping }),
    currency: catalog.currency,
    caseSensitiveCodes: false,
    session: cookieSession({ secret: PROMOKIT_SESSION_SECRET, personas: DEMO_PERSONAS, secure: false }),
    webhookSecret: PROMOKIT_WEBHOOK_SECRET,
  }),
);

addEventListener('fetch', (event) => {
  const fetchEvent = event as FetchEvent;
  fetchEvent.respondWith(app.fetch(fetchEvent.request));
});
