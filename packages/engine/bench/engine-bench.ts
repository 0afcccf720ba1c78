/**
 * `pnpm --filter @promokit/engine bench`: the engine's cost where the storefront waits on it.
 *
 * - Validation of a 20-line cart with 5 stacked redeemables (the demo seed: a spend tier, free
 *   shipping, a category amount, a segment percentage and a gift card), in one transaction with a
 *   `LOCK` session, as the BFF sends it.
 * - Qualifications (scenario `ALL`, best deal first, 50 a page, as the BFF asks) of a 5-line cart
 *   over 10, 100, 1,000 and 10,000 active campaigns of mixed kinds: order and item discounts,
 *   minimum-amount and item rules, customer segments.
 *
 * Each case runs on a fresh SQLite file in the OS temp directory, warms up, then times each call
 * with `performance.now()` (wall clock) and `process.cpuUsage()` (this process's CPU time, which a
 * busy machine inflates less). Prints wall p50 and p99, CPU p50 and, for qualifications, the growth
 * of both p50s from one size to the next (10× the campaigns; 10.0× would be linear). Numbers are
 * for comparison within one run, not assertions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { demoSeed, openEngine, type Engine, type SeedInput } from '@promokit/engine';
import type { ValidationsValidateRequestBody } from '@promokit/voucherify';

import catalog from '../../bff/src/demo-catalog.json' with { type: 'json' };

const NOW = new Date('2026-03-15T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'promokit-engine-bench-'));

interface Timing {
  p50: number;
  p99: number;
  /** Median CPU time of this process per call: what the call costs when the machine is busy. */
  cpu50: number;
  runs: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Times `runs` calls of `work` after `warmup` untimed ones. */
function time(work: () => unknown, runs: number, warmup = Math.ceil(runs / 10)): Timing {
  for (let i = 0; i < warmup; i += 1) work();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    work();
    const used = process.cpuUsage(startCpu);
    samples.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), cpu50: percentile(cpu, 50), runs };
}

function open(name: string, seed: SeedInput): Engine {
  return openEngine({ file: join(dir, `${name}.db`), seed, now: () => NOW });
}

const items = (count: number) =>
  Array.from({ length: count }, (_, index) => {
    const product = catalog.products[index % catalog.products.length];
    if (product === undefined) throw new Error('The demo catalog is empty');
    return { product_id: product.id, quantity: 1 + (index % 3), price: product.price };
  });

function validationCase(): Timing {
  const engine = open('validation', demoSeed());
  const body: ValidationsValidateRequestBody = {
    redeemables: [
      { object: 'promotion_tier', id: 'promo_Sp3nd500' },
      { object: 'promotion_tier', id: 'promo_Fr33Sh1p75' },
      { object: 'voucher', id: 'BAGS15' },
      { object: 'voucher', id: 'VIP20' },
      { object: 'voucher', id: 'GIFT-5000-DEMO', gift: { credits: 2000 } },
    ],
    customer: { source_id: 'cust-loyal' },
    order: { items: items(20) },
    session: { type: 'LOCK', key: 'ssn_bench' },
  };
  const check = engine.validate(body);
  const applied = check.redeemables.filter((result) => result.status === 'APPLICABLE').length;
  if (!check.valid || applied !== 5)
    throw new Error(`The bench stack does not apply: ${JSON.stringify(check)}`);
  const timing = time(() => engine.validate(body), 2000);
  engine.close();
  return timing;
}

/** `count` active campaigns, one code each, cycling through the kinds a real project has. */
function campaignsSeed(count: number): SeedInput {
  const productIds = catalog.products.map((product) => product.id);
  return {
    version: 1,
    collections: [{ id: 'pc_kitchen', name: 'Kitchen', products: productIds.slice(0, 4) }],
    validation_rules: [
      { id: 'val_min50', name: 'At least 50.00', conditions: [{ type: 'min_order_amount', amount: 5000 }] },
      {
        id: 'val_min500',
        name: 'At least 500.00',
        conditions: [{ type: 'min_order_amount', amount: 50_000 }],
      },
      {
        id: 'val_mug',
        name: 'A mug',
        conditions: [
          { type: 'order_items', match: 'all', items: [{ object: 'product', id: 'mug', quantity: 1 }] },
        ],
      },
      {
        id: 'val_vip',
        name: 'VIP',
        conditions: [{ type: 'customer_metadata', key: 'tier', values: ['vip'] }],
      },
    ],
    campaigns: Array.from({ length: count }, (_, index) => {
      const kind = index % 5;
      const rules = [[], ['val_min50'], ['val_min500'], ['val_mug'], ['val_vip']][kind] ?? [];
      const discount =
        kind % 2 === 0
          ? { type: 'PERCENT' as const, percent_off: 1 + (index % 30) }
          : {
              type: 'AMOUNT' as const,
              amount_off: 100 * (1 + (index % 20)),
              effect: 'APPLY_TO_ITEMS_PROPORTIONALLY' as const,
              applicable_to: [{ object: 'products_collection' as const, id: 'pc_kitchen' }],
            };
      return {
        id: `camp_bench${index}`,
        name: `Campaign ${index}`,
        type: 'DISCOUNT_COUPONS' as const,
        validation_rules: rules,
        vouchers: [{ id: `v_bench${index}`, code: `BENCH${index}`, discount }],
      };
    }),
  };
}

function qualificationCase(count: number): Timing {
  const engine = open(`qualify-${count}`, campaignsSeed(count));
  engine.upsertCustomer({ source_id: 'bench-shopper', metadata: { tier: 'vip' } });
  const body = {
    scenario: 'ALL' as const,
    customer: { source_id: 'bench-shopper' },
    order: { items: items(5) },
    options: { limit: 50, sorting_rule: 'BEST_DEAL' as const, expand: ['redeemable' as const] },
  };
  if (engine.qualify(body).redeemables.data.length === 0) throw new Error('Nothing qualifies');
  const runs = count >= 10_000 ? 60 : count >= 1000 ? 300 : 1000;
  const timing = time(() => engine.qualify(body), runs);
  engine.close();
  return timing;
}

const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 2)} ms`;

try {
  const rows: Record<string, string>[] = [];
  const validation = validationCase();
  rows.push({
    case: 'validate: 20 lines, 5 stacked',
    p50: ms(validation.p50),
    p99: ms(validation.p99),
    'cpu p50': ms(validation.cpu50),
    runs: String(validation.runs),
    growth: '',
  });
  let previous: Timing | undefined;
  for (const count of [10, 100, 1000, 10_000]) {
    const timing = qualificationCase(count);
    rows.push({
      case: `qualify: ${count.toLocaleString('en-US')} campaigns`,
      p50: ms(timing.p50),
      p99: ms(timing.p99),
      'cpu p50': ms(timing.cpu50),
      runs: String(timing.runs),
      growth:
        previous === undefined
          ? ''
          : `wall ${(timing.p50 / previous.p50).toFixed(1)}×, cpu ${(timing.cpu50 / previous.cpu50).toFixed(1)}×`,
    });
    previous = timing;
  }
  console.info(`@promokit/engine bench (Node ${process.version}, ${new Date().toISOString()})`);
  console.table(rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
