// One customer, two orders at once (two tabs, both instances), each paying with the whole balance of
// their gift card and all the points of their loyalty card, each with the `expectedDue` it was shown.
// At most one order may get the credit: the card's balance never goes negative, no order is charged
// other than told. Run: attack/stack.sh start && node attack/double-spend.mjs [rounds=3]
import { A, B, bearer, cart, done, expect, post, short } from './lib.mjs';

const rounds = Number(process.argv[2] ?? 3);
const headers = bearer(await (await import('./lib.mjs')).token('cust-loyal'));
const run = Date.now().toString(36);
const bigCart = cart([{ productId: 'camp-kettle', quantity: 3 }]);
for (let round = 0; round < rounds; round++) {
  const walletBefore = await post(A, '/wallet', {}, { headers, from: '127.0.0.51' });
  const card = walletBefore.body.entries.find((entry) => entry.kind === 'gift_card');
  const balance = card?.balance ?? 0;
  if (!balance) {
    console.info('gift card empty; stop');
    break;
  }
  const codes = [{ code: card.code, amount: balance }];
  const shown = await post(A, '/validate', { cart: bigCart, codes }, { headers, from: '127.0.0.51' });
  const expectedDue = shown.body.totals.due;
  console.info(
    `round ${round}: balance ${balance}, shown due ${expectedDue}, paid ${JSON.stringify(shown.body.totals.paid)}`,
  );
  const answers = await Promise.all(
    [A, B, A, B].map((base, i) =>
      post(
        base,
        '/redeem',
        { orderId: `ds-${run}-${round}-${i}`, cart: bigCart, codes, expectedDue },
        { headers, from: '127.0.0.51' },
      ),
    ),
  );
  const paidOut = answers
    .filter((r) => r.body?.status === 'redeemed')
    .reduce((sum, r) => sum + r.body.totals.paid.reduce((s, p) => s + p.amount, 0), 0);
  for (const r of answers)
    console.info(
      '   ',
      r.status,
      r.body?.status,
      JSON.stringify(r.body?.totals?.paid ?? r.body).slice(0, 160),
    );
  const walletAfter = await post(B, '/wallet', {}, { headers, from: '127.0.0.51' });
  // The wallet leaves out a card with nothing left on it.
  const after = walletAfter.body.entries.find((entry) => entry.kind === 'gift_card')?.balance ?? 0;
  expect(
    paidOut <= balance,
    `round ${round}: orders paid ${paidOut} of a ${balance} balance`,
    answers.map(short),
  );
  expect(
    after === balance - paidOut,
    `round ${round}: the card holds ${after}, ${balance} − ${paidOut} paid`,
    walletAfter.body,
  );
  for (const r of answers.filter((x) => x.body?.status === 'redeemed'))
    expect(r.body.totals.due === expectedDue, `redeemed at the shown due ${expectedDue}`, short(r));
  // Roll the winners back (their payment failed) so that the next round starts from the whole
  // balance again; what they earned goes back too.
  const points = (w) => w.body.entries.find((entry) => entry.kind === 'loyalty_card')?.points;
  const pointsBefore = points(walletBefore);
  for (const [i, r] of answers.entries()) {
    if (r.body?.status !== 'redeemed') continue;
    const rb = await post(
      A,
      '/rollback',
      { orderId: `ds-${run}-${round}-${i}` },
      { headers, from: '127.0.0.51' },
    );
    console.info('    rollback', rb.status, JSON.stringify(rb.body), 'pointsEarned', r.body.pointsEarned);
  }
  const walletRolledBack = await post(B, '/wallet', {}, { headers, from: '127.0.0.51' });
  expect(
    points(walletRolledBack) === pointsBefore,
    `round ${round}: points after the rollback ${points(walletRolledBack)} = before the order ${pointsBefore}`,
    walletRolledBack.body,
  );
}
done();
