import BetterSqlite3 from 'better-sqlite3';

import type { OrderOutcome } from './shopper.js';

/** What the engine's database and the shoppers' answers say together, by order. */
export interface Reconciliation {
  orders: number;
  /** Orders booked in the engine (a redemption not rolled back) while the shopper was told none: rejected, rolled back, nothing applied. */
  ghost: string[];
  /** Orders the shopper was told were redeemed with something applied, with no redemption in the engine. */
  lost: string[];
  /** Orders with more than one redemption not rolled back. */
  doubled: string[];
  /** Orders booked at a total other than the `due` the shopper was told. */
  misCharged: string[];
  /** Orders the shoppers never got a settled answer for, and how many of them the engine holds a redemption of. */
  unresolved: { count: number; booked: number };
  /** Redemptions the engine rolled back for orders of the run (by the shopper, or the BFF settling a doubt). */
  rolledBack: number;
}

/**
 * Reconciles every order id the shoppers sent with the successful parent redemptions the engine's
 * SQLite file (opened read-only) holds for it as the order's `source_id`.
 */
export function reconcile(engineDb: string, outcomes: readonly OrderOutcome[]): Reconciliation {
  const db = new BetterSqlite3(engineDb, { readonly: true });
  const stored = new Map<string, { active: number; rolledBack: number; totals: number[] }>();
  try {
    const rows = db
      .prepare(
        `SELECT o.source_id AS orderId, r.status AS status,
                json_extract(r.body, '$.order.total_amount') AS total
         FROM redemptions r JOIN orders o ON o.id = r.order_id
         WHERE r.parent_id IS NULL AND r.result = 'SUCCESS'`,
      )
      .all() as { orderId: string; status: string; total: number | null }[];
    for (const row of rows) {
      const entry = stored.get(row.orderId) ?? { active: 0, rolledBack: 0, totals: [] };
      if (row.status === 'ROLLED_BACK') entry.rolledBack++;
      else {
        entry.active++;
        if (row.total !== null) entry.totals.push(row.total);
      }
      stored.set(row.orderId, entry);
    }
  } finally {
    db.close();
  }

  const result: Reconciliation = {
    orders: outcomes.length,
    ghost: [],
    lost: [],
    doubled: [],
    misCharged: [],
    unresolved: { count: 0, booked: 0 },
    rolledBack: 0,
  };
  for (const outcome of outcomes) {
    const entry = stored.get(outcome.orderId) ?? { active: 0, rolledBack: 0, totals: [] };
    result.rolledBack += entry.rolledBack;
    if (entry.active > 1) result.doubled.push(outcome.orderId);
    if (outcome.told === 'unresolved' || outcome.told === 'rollback_unresolved') {
      result.unresolved.count++;
      if (entry.active) result.unresolved.booked++;
      continue;
    }
    const expected = outcome.told === 'redeemed' && outcome.booked;
    if (!expected && entry.active > 0) result.ghost.push(outcome.orderId);
    if (expected && entry.active === 0) result.lost.push(outcome.orderId);
    if (expected && entry.totals.some((total) => total !== outcome.due))
      result.misCharged.push(outcome.orderId);
  }
  return result;
}
