// A foreign page cannot make a shopper's browser act: against the demo BFF (cookie sessions, no
// allowedOrigins, no trustProxy, no publicOrigin), as a browser would send each request.
// Run: attack/stack.sh start && node attack/origins.mjs
import { DEMO, cart, done, expect, post } from './lib.mjs';

const own = 'http://127.0.0.1:14183';
// A signed-in shopper's cookie, as their browser holds it.
const session = await post(DEMO, '/session', { persona: 'loyalty-member' }, { headers: { origin: own } });
const cookie = String(session.headers['set-cookie']).split(';')[0];
expect(
  session.status === 200 && cookie.startsWith('promokit_session='),
  'the shopper signs in as a persona',
  session.body,
);

const validate = { cart: cart(), codes: ['LOYALTY-SAM'] };
async function refused(what, route, headers, body = validate) {
  const r = await post(DEMO, route, body, { headers: { cookie, ...headers } });
  expect(r.status === 403 && r.body?.error?.code === 'forbidden', `${what}: 403`, {
    status: r.status,
    body: r.body,
  });
  expect(!r.headers['access-control-allow-origin'], `${what}: no CORS header`, r.headers);
}
await refused('foreign Origin, JSON', '/validate', { origin: 'https://evil.example' });
await refused('foreign Origin, text/plain', '/validate', {
  origin: 'https://evil.example',
  'content-type': 'text/plain',
});
await refused(
  'foreign Origin, form',
  '/session',
  { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
  { persona: 'guest' },
);
await refused('Origin null', '/validate', { origin: 'null' });
await refused('no Origin, Sec-Fetch-Site cross-site', '/validate', { 'sec-fetch-site': 'cross-site' });
await refused('no Origin, Sec-Fetch-Site same-site', '/validate', { 'sec-fetch-site': 'same-site' });
await refused('same host, other port', '/validate', {
  origin: 'http://127.0.0.1:5173',
  'sec-fetch-site': 'same-site',
});
await refused('X-Forwarded-Host spoofed without trustProxy', '/validate', {
  origin: 'https://evil.example',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'https',
});
await refused('Forwarded header spoofed', '/validate', {
  origin: 'https://evil.example',
  forwarded: 'host=evil.example;proto=https',
});
await refused('Origin with userinfo', '/validate', { origin: 'http://127.0.0.1:14183@evil.example' });
await refused('Origin with trailing dot', '/validate', { origin: 'http://127.0.0.1.:14183' });
await refused(
  'rollback from a foreign page',
  '/rollback',
  { origin: 'https://evil.example' },
  { orderId: 'x' },
);
await refused(
  'redeem from a foreign page',
  '/redeem',
  { origin: 'https://evil.example' },
  { orderId: 'x', cart: cart(), codes: [] },
);
await refused(
  'session switch from a foreign page',
  '/session',
  { origin: 'https://evil.example' },
  { persona: 'guest' },
);
const preflight = await post(DEMO, '/validate', undefined, {
  method: 'OPTIONS',
  headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
});
expect(
  preflight.status === 403 && !preflight.headers['access-control-allow-origin'],
  'foreign preflight: 403, no CORS header',
  preflight,
);
const sameOrigin = await post(DEMO, '/validate', validate, { headers: { cookie, origin: own } });
expect(sameOrigin.status === 200, 'the BFF’s own page still validates', sameOrigin.body);
const wallet = await post(DEMO, '/wallet', {}, { headers: { cookie, origin: own } });
expect(wallet.status === 200 && wallet.body.signedIn, 'and reads the wallet', wallet.body);
// A GET with the cookie from anywhere changes nothing and is unreadable without CORS.
const get = await post(DEMO, '/session', undefined, {
  method: 'GET',
  headers: { cookie, origin: 'https://evil.example' },
});
expect(
  !get.headers['access-control-allow-origin'],
  'GET /session from a foreign page: no CORS header',
  get.headers,
);
done();
