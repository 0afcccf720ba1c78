// A JWT-identified customer is exactly who the token says: forged, unsigned, confused, expired,
// foreign, oversized and disagreeing tokens over real HTTP, against the HS256 instances of
// stack.sh (iss https://auth.shop.test, aud promokit-bff, cookie shop_token), and a BFF whose JWKS
// cannot be reached. Run: attack/stack.sh start && node attack/jwt-attacks.mjs
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { fileURLToPath } from 'node:url';

import { SignJWT, exportJWK, importPKCS8 } from 'jose';

import { A, B, SECRET, bearer, cart, done, expect, post, short, token } from './lib.mjs';

const enc = new TextEncoder();
const b64 = (value) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const claims = (extra = {}) => ({
  sub: 'cust-loyal',
  iss: 'https://auth.shop.test',
  aud: 'promokit-bff',
  iat: now,
  exp: now + 600,
  ...extra,
});
const hs = (payload, header = { alg: 'HS256' }, secret = SECRET) =>
  new SignJWT(payload).setProtectedHeader(header).sign(enc.encode(secret));

const wallet = (headers) => post(A, '/wallet', {}, { headers, from: '127.0.0.41' });
const refused = async (what, headers, status = 401) => {
  const r = await wallet(headers);
  expect(
    r.status === status && r.body?.error?.code === (status === 401 ? 'unauthorized' : 'unavailable'),
    `${what}: ${status}`,
    short(r),
  );
};

// The baseline: a valid token reads cust-loyal's wallet.
const mine = await wallet(bearer(await token('cust-loyal')));
expect(
  mine.status === 200 && mine.body.entries?.length > 0,
  'a valid token reads its customer’s wallet',
  short(mine),
);

await refused('alg none', bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`));
await refused('alg None', bearer(`${b64({ alg: 'None' })}.${b64(claims())}.`));
await refused('HS256 with another secret', bearer(await hs(claims(), { alg: 'HS256' }, 'x'.repeat(40))));
await refused('HS512 with the secret', bearer(await hs(claims(), { alg: 'HS512' })));
await refused('HS384 with the secret', bearer(await hs(claims(), { alg: 'HS384' })));
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsa = await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }), 'RS256');
const jwk = await exportJWK(publicKey);
await refused(
  'RS256 signed by the attacker',
  bearer(await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256' }).sign(rsa)),
);
await refused(
  'RS256 with the attacker’s key embedded (jwk header)',
  bearer(await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256', jwk }).sign(rsa)),
);
await refused(
  'jku pointing at the attacker',
  bearer(
    await new SignJWT(claims())
      .setProtectedHeader({ alg: 'RS256', jku: 'http://127.0.0.1:1/jwks' })
      .sign(rsa),
  ),
);
await refused('expired 5 minutes ago', bearer(await hs(claims({ exp: now - 300 }))));
await refused('no exp', bearer(await hs((({ exp: _exp, ...rest }) => rest)(claims()))));
await refused('nbf in an hour', bearer(await hs(claims({ nbf: now + 3600 }))));
await refused('wrong aud', bearer(await hs(claims({ aud: 'other-app' }))));
await refused('aud list without ours', bearer(await hs(claims({ aud: ['a', 'b'] }))));
await refused('wrong iss', bearer(await hs(claims({ iss: 'https://evil.test' }))));
await refused('no iss', bearer(await hs((({ iss: _iss, ...rest }) => rest)(claims()))));
await refused('sub a number', bearer(await hs(claims({ sub: 42 }))));
await refused('sub blank', bearer(await hs(claims({ sub: '   ' }))));
const good = await token('cust-returning');
const [h, , s] = good.split('.');
await refused('payload swapped under a valid signature', bearer(`${h}.${b64(claims())}.${s}`));
{
  // A kid naming /dev/null, signed with an empty key (HMAC over the bytes, by hand).
  const { createHmac } = await import('node:crypto');
  const unsigned = `${b64({ alg: 'HS256', kid: '../../../../dev/null' })}.${b64(claims())}`;
  await refused(
    'kid naming /dev/null, signed with an empty key',
    bearer(`${unsigned}.${createHmac('sha256', '').update(unsigned).digest('base64url')}`),
  );
}
await refused('token of 9000 characters', bearer(await hs(claims({ pad: 'x'.repeat(9000) }))));
await refused('header and cookie disagree', {
  ...bearer(await token('cust-loyal')),
  cookie: `shop_token=${await token('cust-returning')}`,
});
await refused('two cookies disagree', {
  cookie: `shop_token=${await token('cust-loyal')}; shop_token=${await token('cust-returning')}`,
});
await refused('empty Bearer', { authorization: 'Bearer ' }, 401);
await refused('two Authorization values', {
  authorization: `Bearer ${await token('cust-loyal')}, Bearer ${await token('cust-returning')}`,
});
const huge = await wallet({ authorization: `Bearer ${'a'.repeat(60_000)}` });
expect(
  [401, 431].includes(huge.status),
  `a 60 kB Authorization header is refused (${huge.status})`,
  short(huge),
);

// A valid token for cust-returning used on cust-loyal's order.
const orderId = `jwt-${Date.now().toString(36)}`;
const loyal = await token('cust-loyal');
const placed = await post(
  A,
  '/redeem',
  { orderId, cart: cart(), codes: ['SAVE5'] },
  { headers: bearer(loyal), from: '127.0.0.41' },
);
expect(
  placed.status === 200 && placed.body.status === 'redeemed',
  'cust-loyal redeems an order',
  short(placed),
);
const other = bearer(await token('cust-returning'));
const read = await post(
  B,
  '/redeem',
  { orderId, cart: cart(), codes: ['SAVE5'] },
  { headers: other, from: '127.0.0.41' },
);
expect(read.status === 403, 'cust-returning cannot read it', short(read));
const rb = await post(B, '/rollback', { orderId }, { headers: other, from: '127.0.0.41' });
expect(rb.status === 403, 'cust-returning cannot roll it back', short(rb));
const guestRb = await post(B, '/rollback', { orderId }, { from: '127.0.0.41' });
expect(guestRb.status === 403, 'a guest cannot roll it back', short(guestRb));
const changed = await post(
  B,
  '/redeem',
  { orderId, cart: cart([{ productId: 'mug', quantity: 1 }]), codes: [] },
  { headers: other, from: '127.0.0.41' },
);
expect(
  changed.status === 403,
  'cust-returning placing another cart under it is told 403, not whether it exists',
  short(changed),
);

// A BFF whose JWKS cannot be reached answers 503 unavailable, never 500 nor a guest.
const bin = fileURLToPath(new URL('../bin/promokit-bff.js', import.meta.url));
const child = spawn(process.execPath, [bin], {
  env: {
    ...process.env,
    VOUCHERIFY_APP_ID: 'atk',
    VOUCHERIFY_APP_TOKEN: 'atk-token',
    VOUCHERIFY_URL: 'http://127.0.0.1:18787',
    PROMOKIT_JWT_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
    HOST: '127.0.0.1',
    PORT: '14189',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
await new Promise((resolve) =>
  child.stdout.on('data', (d) => String(d).includes('PromoKit BFF on') && resolve()),
);
const rsaToken = await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(rsa);
const jw = await post('http://127.0.0.1:14189/api/promotions', '/wallet', {}, { headers: bearer(rsaToken) });
expect(
  jw.status === 503 && jw.body?.error?.code === 'unavailable',
  'JWKS unreachable: 503 unavailable',
  short(jw),
);
const jwGuest = await post('http://127.0.0.1:14189/api/promotions', '/validate', { cart: cart(), codes: [] });
expect(jwGuest.status === 200, 'JWKS unreachable: a guest still validates', short(jwGuest));
const jwBad = await post(
  'http://127.0.0.1:14189/api/promotions',
  '/wallet',
  {},
  { headers: bearer('not.a.token') },
);
expect(jwBad.status === 401, 'JWKS unreachable: a malformed token is 401, not 503', short(jwBad));
child.kill();
done();
