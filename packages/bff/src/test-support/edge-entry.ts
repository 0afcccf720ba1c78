// The BFF as an Edge function would run it, from the package's main entry only: bundled by the
// edge test, which defines the constants below, and evaluated in an Edge runtime.
import { Hono } from 'hono';

import catalog from '../demo-catalog.json' with { type: 'json' };
import {
  DEMO_PERSONAS,
  cookieSession,
  createBff,
  jsonCatalog,
  jwtIdentity,
  voucherifyUpstream,
} from '../index.js';

declare const PROMOKIT_ENGINE_URL: string;
declare const PROMOKIT_WEBHOOK_SECRET: string;
declare const PROMOKIT_SESSION_SECRET: string;
declare const PROMOKIT_JWT_PUBLIC_KEY: string;

interface FetchEvent extends Event {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}

const shared = {
  upstream: voucherifyUpstream({ baseUrl: PROMOKIT_ENGINE_URL, appId: 'edge', appToken: 'edge' }),
  catalog: jsonCatalog(catalog.currency, catalog.products, { shipping: catalog.shipping }),
  currency: catalog.currency,
  caseSensitiveCodes: false,
};
const app = new Hono()
  .route(
    '/api/promotions',
    createBff({
      ...shared,
      session: cookieSession({ secret: PROMOKIT_SESSION_SECRET, personas: DEMO_PERSONAS, secure: false }),
      webhookSecret: PROMOKIT_WEBHOOK_SECRET,
    }),
  )
  // The same BFF identifying shoppers by a JWT its sign-in server signs (ES256).
  .route(
    '/api/jwt-promotions',
    createBff({ ...shared, identify: jwtIdentity({ publicKey: PROMOKIT_JWT_PUBLIC_KEY }) }),
  );

addEventListener('fetch', (event) => {
  const fetchEvent = event as FetchEvent;
  fetchEvent.respondWith(app.fetch(fetchEvent.request));
});
