// Bad input gets a clear typed JSON error: never a 500, never a stack, never a hang.
// Run: attack/stack.sh start && node attack/bad-input.mjs
import { A, DEMO, bearer, cart, done, expect, post, token } from './lib.mjs';

const from = '127.0.0.61';
const typed = (r) =>
  typeof r.body === 'object' &&
  r.body !== null &&
  typeof r.body.error?.code === 'string' &&
  typeof r.body.error?.message === 'string';
const noStack = (r) => !JSON.stringify(r.body).includes('    at ');
async function check(what, route, body, { raw, headers, method, base = A, ok = [400, 413, 415, 422] } = {}) {
  let r;
  try {
    r = await post(base, route, body, { raw, headers, method, from });
  } catch (error) {
    expect(false, `${what}: answered`, String(error));
    return;
  }
  const fine = (ok.includes(r.status) && typed(r)) || (r.status === 200 && ok.includes(200));
  expect(fine && noStack(r), `${what}: ${r.status} ${typed(r) ? r.body.error.code : ''}`, {
    status: r.status,
    body: r.body,
  });
}

await check('not JSON', '/validate', undefined, { raw: '{"cart":' });
await check('JSON null', '/validate', null);
await check('JSON array', '/validate', []);
await check('a string', '/validate', 'hello');
await check('deeply nested', '/validate', undefined, {
  raw: `{"cart":${'['.repeat(7000)}${']'.repeat(7000)}}`,
});
await check('body of 20 kB', '/validate', { cart: cart(), codes: ['x'.repeat(20_000)] });
await check('unknown product', '/validate', {
  cart: cart([{ productId: 'no-such-product', quantity: 1 }]),
  codes: [],
});
await check('__proto__ product', '/validate', {
  cart: cart([{ productId: '__proto__', quantity: 1 }]),
  codes: [],
});
await check('constructor product', '/validate', {
  cart: cart([{ productId: 'constructor', quantity: 1 }]),
  codes: [],
});
await check('toString product', '/redeem', {
  orderId: 'x-ts',
  cart: cart([{ productId: 'toString', quantity: 1 }]),
  codes: [],
});
await check('quantity 1000', '/validate', { cart: cart([{ productId: 'mug', quantity: 1000 }]), codes: [] });
await check('quantity 1.5', '/validate', { cart: cart([{ productId: 'mug', quantity: 1.5 }]), codes: [] });
await check('code of spaces', '/validate', { cart: cart(), codes: ['   '] });
await check('code of 65 characters', '/validate', { cart: cart(), codes: ['A'.repeat(65)] });
await check('gift amount 0', '/validate', { cart: cart(), codes: [{ code: 'OPENGIFT-1', amount: 0 }] });
await check('gift amount 1e300', '/validate', {
  cart: cart(),
  codes: [{ code: 'OPENGIFT-1', amount: 1e300 }],
});
await check(
  'gift amount 2^53−1',
  '/validate',
  { cart: cart(), codes: [{ code: 'OPENGIFT-1', amount: Number.MAX_SAFE_INTEGER }] },
  { ok: [200, 400] },
);
await check(
  'points 2^53−1',
  '/validate',
  { cart: cart(), codes: [{ code: 'LOYALTY-SAM', points: Number.MAX_SAFE_INTEGER }] },
  { headers: bearer(await token('cust-loyal')), ok: [200, 400] },
);
await check(
  'redeem gift amount 2^53−1',
  '/redeem',
  {
    orderId: `big-${Date.now()}`,
    cart: cart(),
    codes: [{ code: 'OPENGIFT-1', amount: Number.MAX_SAFE_INTEGER }],
  },
  { ok: [200, 400] },
);
await check('lone surrogate code', '/validate', undefined, {
  raw: '{"cart":{"lines":[{"productId":"mug","quantity":1}]},"codes":["\\ud800SAVE5"]}',
  ok: [200, 400],
});
await check('NUL in code', '/validate', { cart: cart(), codes: ['SAVE5\u0000'] }, { ok: [200, 400] });
await check('orderId empty', '/redeem', { orderId: '', cart: cart(), codes: [] });
await check('orderId of 129', '/redeem', { orderId: 'o'.repeat(129), cart: cart(), codes: [] });
await check(
  'orderId ..',
  '/redeem',
  { orderId: '..', cart: cart(), codes: ['SAVE5'] },
  { ok: [200, 400, 409] },
);
await check(
  'orderId with slash and query',
  '/redeem',
  { orderId: 'a/../../v1/x?y=1#z', cart: cart(), codes: ['SAVE5'] },
  { ok: [200, 400, 409] },
);
await check('expectedDue negative', '/redeem', { orderId: 'neg', cart: cart(), codes: [], expectedDue: -1 });
await check('expectedDue string', '/redeem', {
  orderId: 'str',
  cart: cart(),
  codes: [],
  expectedDue: '5195',
});
await check('rollback reason of 300', '/rollback', { orderId: 'x', reason: 'r'.repeat(300) });
await check(
  '30 duplicate codes',
  '/validate',
  { cart: cart(), codes: Array(30).fill('SAVE5') },
  { ok: [200] },
);
await check('31 codes', '/validate', { cart: cart(), codes: Array.from({ length: 31 }, (_, i) => `C${i}`) });
await check('101 lines', '/validate', {
  cart: cart(Array.from({ length: 101 }, () => ({ productId: 'mug', quantity: 1 }))),
  codes: [],
});
await check(
  '100 lines of one product',
  '/validate',
  { cart: cart(Array.from({ length: 100 }, () => ({ productId: 'mug', quantity: 999 }))), codes: ['SAVE5'] },
  { ok: [200] },
);
await check('session persona unknown (demo)', '/session', { persona: 'admin' }, { base: DEMO });
await check('session persona __proto__ (demo)', '/session', { persona: '__proto__' }, { base: DEMO });
await check('session body not JSON (demo)', '/session', undefined, {
  raw: 'persona=loyalty-member',
  base: DEMO,
});
await check('unknown route', '/validatex', {}, { ok: [404] });
await check('GET on a POST route', '/validate', undefined, { ok: [404, 405], method: 'GET' });
done();
