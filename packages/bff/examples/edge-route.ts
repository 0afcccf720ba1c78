import { createBff, jsonCatalog, voucherifyUpstream } from '@promokit/bff';
import { Hono } from 'hono';

export const runtime = 'edge';

// Made on the first request, not at import: `next build` imports this file without your secrets.
let app: Hono | undefined;
function promotions(): Hono {
  const appId = process.env.VOUCHERIFY_APP_ID;
  const appToken = process.env.VOUCHERIFY_APP_TOKEN;
  if (!appId || !appToken) throw new Error('Set VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN');
  app ??= new Hono().route(
    '/api/promotions',
    createBff({
      upstream: voucherifyUpstream({ baseUrl: 'https://api.voucherify.io', appId, appToken }),
      catalog: jsonCatalog('USD', [{ id: 'mug', name: 'Mug', price: 1200 }]),
      currency: 'USD',
      identify: () => null, // everyone a guest; read your own session here
    }),
  );
  return app;
}

export const GET = (request: Request): Response | Promise<Response> => promotions().fetch(request);
export const POST = (request: Request): Response | Promise<Response> => promotions().fetch(request);
