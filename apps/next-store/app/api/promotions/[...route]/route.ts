import { createBff, jsonCatalog } from '@promokit/bff';
import catalog from '@promokit/bff/demo-catalog.json' with { type: 'json' };
import { embeddedUpstream } from '@promokit/bff/embedded';
import { demoSeed } from '@promokit/engine';
import { Hono } from 'hono';

// Made on the first request, not at import: `next build` imports this file, and must neither open
// nor seed the engine's SQLite file.
let app: Hono | undefined;
function promotions(): Hono {
  app ??= new Hono().basePath('/api/promotions').route(
    '/',
    createBff({
      upstream: embeddedUpstream({
        file: process.env.PROMOKIT_ENGINE_DB ?? 'promokit-engine.sqlite',
        seed: demoSeed(), // WELCOME10, SAVE5, automatic promotions; loaded into an empty file only
      }),
      catalog: jsonCatalog(catalog.currency, catalog.products, { shipping: catalog.shipping }),
      currency: catalog.currency,
      caseSensitiveCodes: false, // the demo project's `case_sensitive_codes`
    }),
  );
  return app;
}

export const GET = (request: Request): Response | Promise<Response> => promotions().fetch(request);
export const POST = (request: Request): Response | Promise<Response> => promotions().fetch(request);
