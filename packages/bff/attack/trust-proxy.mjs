// With PROMOKIT_TRUST_PROXY=true the per-address limit is counted under the first
// X-Forwarded-For entry as written: an address with a port (Azure's "1.2.3.4:5678"), or any
// string that is no address, is a bucket of its own, and behind a proxy that appends (nginx's
// $proxy_add_x_forwarded_for, AWS ALB) the first entry is the client's own.
// Run: attack/stack.sh start && node attack/trust-proxy.mjs
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { cart, done, expect, post } from './lib.mjs';

const bin = fileURLToPath(new URL('../bin/promokit-bff.js', import.meta.url));
const child = spawn(process.execPath, [bin], {
  env: {
    ...process.env,
    VOUCHERIFY_APP_ID: 'atk',
    VOUCHERIFY_APP_TOKEN: 'atk-token',
    VOUCHERIFY_URL: 'http://127.0.0.1:18787',
    PROMOKIT_CASE_SENSITIVE_CODES: 'false',
    PROMOKIT_TRUST_PROXY: 'true',
    HOST: '127.0.0.1',
    PORT: '14188',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
try {
  await new Promise((resolve) =>
    child.stdout.on('data', (d) => String(d).includes('PromoKit BFF on') && resolve()),
  );
  const bff = 'http://127.0.0.1:14188/api/promotions';
  async function guesses(xffOf, requests) {
    let answered = 0;
    for (let i = 0; i < requests; i++) {
      const codes = Array.from({ length: 30 }, (_, j) => `TP-${Date.now()}-${i}-${j}`);
      const r = await post(
        bff,
        '/validate',
        { cart: cart(), codes },
        { headers: { 'x-forwarded-for': xffOf(i) } },
      );
      answered += r.status === 200 ? r.body.rejected.filter((x) => x.reason === 'not_found').length : 0;
    }
    return answered;
  }
  const ported = await guesses((i) => `203.0.113.7:${40000 + i}`, 5);
  expect(
    ported <= 59,
    `one client 203.0.113.7 behind a proxy writing ip:port is answered ≤ 59 unknown codes (got ${ported})`,
  );
  const appended = await guesses((i) => `198.51.100.${i}, 203.0.113.8`, 5);
  expect(
    appended <= 59,
    `one client 203.0.113.8 behind an appending proxy is answered ≤ 59 unknown codes (got ${appended})`,
  );
  const bracketed = await guesses((i) => `[2001:db8::${i}]:443`, 5);
  expect(bracketed <= 59, `one /64 written [addr]:port is answered ≤ 59 unknown codes (got ${bracketed})`);
} finally {
  child.kill();
}
done();
