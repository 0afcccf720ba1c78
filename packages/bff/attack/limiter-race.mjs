// Failed-attempt limits under concurrency: one client address (a guest, limited per address:
// 30 failed attempts per 15 min by default) sends many /validate requests at once, each with 30
// unknown codes, alternating the two instances. The limit is checked before the codes go upstream
// and counted after they come back, so every request in flight passes the check.
// Run: attack/stack.sh start && node attack/limiter-race.mjs [parallel=20] [from=127.0.0.21]
import { A, B, cart, done, expect, post } from './lib.mjs';

const parallel = Number(process.argv[2] ?? 20);
const from = process.argv[3] ?? '127.0.0.21';
const guesses = (round) => Array.from({ length: 30 }, (_, i) => `GUESS-${round}-${i}`);
const answers = await Promise.all(
  Array.from({ length: parallel }, (_, round) =>
    post(round % 2 ? B : A, '/validate', { cart: cart(), codes: guesses(round) }, { from }),
  ),
);
const answered = answers
  .filter((r) => r.status === 200)
  .flatMap((r) => r.body.rejected)
  .filter((item) => item.reason === 'not_found').length;
const reasons = {};
for (const r of answers)
  for (const item of r.body.rejected ?? []) reasons[item.reason] = (reasons[item.reason] ?? 0) + 1;
console.info(`reasons ${JSON.stringify(reasons)}`);
const statuses = answers.reduce((m, r) => ({ ...m, [r.status]: (m[r.status] ?? 0) + 1 }), {});
console.info(`statuses ${JSON.stringify(statuses)}; codes answered not_found: ${answered}`);
// The most a single address may learn: 29 failures counted, then one request of 30 codes.
expect(answered <= 29 + 30, `one address is answered at most 59 unknown codes (got ${answered})`, {
  statuses,
  answered,
});
const after = await post(A, '/validate', { cart: cart(), codes: ['GUESS-after'] }, { from });
console.info('afterwards:', after.status, JSON.stringify(after.body).slice(0, 200));
done();
