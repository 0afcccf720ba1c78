// Shared by the attack scripts: the stack's URLs, tokens signed as the shop's sign-in server would,
// and a request helper that prints exactly what was sent and answered.
import { request } from 'node:http';

import { SignJWT } from 'jose';

export const A = 'http://127.0.0.1:14181/api/promotions';
export const B = 'http://127.0.0.1:14182/api/promotions';
export const DEMO = 'http://127.0.0.1:14183/api/promotions';
export const SECRET = process.env.JWT_SECRET ?? 'attack-jwt-secret-0123456789abcdef0123';

/** A valid token for `sub`, as the sign-in server signs it. */
export function token(sub, claims = {}, { exp = '10m', secret = SECRET } = {}) {
  return new SignJWT({ sub, ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('https://auth.shop.test')
    .setAudience('promokit-bff')
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));
}

export const cart = (lines = [{ productId: 'mug', quantity: 2 }]) => ({ lines });

/**
 * Sends `body` as JSON (node:http, so that the client address can be chosen: `from` is a loopback
 * address such as 127.0.0.7, each its own bucket for the per-address limits); resolves to
 * { status, body, headers }.
 */
export function post(base, route, body, { headers = {}, raw, from, method = 'POST' } = {}) {
  const url = new URL(`${base}${route}`);
  const payload = raw ?? (body === undefined ? '' : JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
        ...(from ? { localAddress: from } : {}),
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = text;
          }
          resolve({ status: res.statusCode, body: parsed, headers: res.headers });
        });
      },
    );
    req.setTimeout(20_000, () => req.destroy(new Error(`no answer in 20 s: ${method} ${url}`)));
    req.on('error', reject);
    req.end(payload);
  });
}

export const bearer = (t) => ({ authorization: `Bearer ${t}` });

let failures = 0;
/** Prints a check; a failed one is a finding. */
export function expect(ok, what, evidence) {
  if (!ok) failures++;
  console.info(`${ok ? 'HELD ' : 'FAIL '} ${what}`);
  if (!ok && evidence !== undefined) console.info('      ' + JSON.stringify(evidence).slice(0, 1500));
}
export function done() {
  console.info(failures ? `${failures} invariant(s) broken` : 'all held');
  process.exitCode = failures ? 1 : 0;
}
export const short = (r) => ({ status: r.status, body: r.body });
