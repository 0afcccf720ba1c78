import type { Order } from '@promokit/voucherify';
import type { Database } from 'better-sqlite3';

import type { RedeemableState } from '../model/redeemable-definition.js';
import { parseSeed } from '../seed/parse-seed.js';
import type { Seed } from '../seed/seed-schema.js';
import type { SessionRecord } from '../validation/session.js';

/** A stored customer: its wire body (`object: "customer"`) and orders placed so far. */
export interface StoredCustomer {
  id: string;
  sourceId: string | undefined;
  body: Record<string, unknown>;
  ordersCount: number;
}

/** A stored redemption row. */
export interface StoredRedemption {
  id: string;
  parentId: string | undefined;
  redeemableId: string | undefined;
  customerId: string | undefined;
  orderId: string | undefined;
  status: string;
  credits: number;
  points: number;
  /** Points granted by this redemption: `[redeemable id, points]`. */
  earned: [string, number][];
  body: Record<string, unknown>;
}

/** A stored order: its id, its calculated body and the order as its first redemption sent it. */
export interface StoredOrder {
  id: string;
  body: Record<string, unknown>;
  /** `undefined` for orders stored before requests were kept. */
  request: Order | undefined;
  /**
   * Points by loyalty card (`[cardId, points]`) the order's payment through `POST /v1/orders`
   * earned and still holds; points a redemption earned are the redemption's.
   */
  earned: [string, number][];
}

/** What a session reserves on one redeemable. */
export interface SessionLock {
  redeemableId: string;
  credits: number;
  points: number;
}

/** A change to a redeemable's counters, applied in one statement. */
export interface StateChange {
  id: string;
  uses: number;
  credits: number;
  points: number;
  earnedPoints: number;
}

/** The engine's storage operations; every statement is prepared once. */
export interface Store {
  /** `true` when no seed is stored yet. */
  isEmpty(): boolean;
  /** The stored seed. */
  seed(): Seed | undefined;
  /**
   * Replaces the seed and clears every counter, customer, order, redemption, session and campaign
   * state, in one transaction.
   */
  replaceAll(seed: Seed): void;
  /** Campaigns switched on or off since the seed was loaded: `active` by campaign id. */
  campaignStates(): Map<string, boolean>;
  /** Records that a campaign is switched on or off, overriding the seed's `active`. */
  setCampaignActive(campaignId: string, active: boolean): void;
  /** Live counters of one redeemable; locks held by sessions other than `exceptSessionKey` at `now`. */
  state(id: string, now: number, exceptSessionKey: string | undefined): RedeemableState | undefined;
  /** Ids of the codes whose uses are all taken. */
  usedUpIds(): Set<string>;
  /** Ids of the codes published to a customer (`source_id`). */
  heldBy(sourceId: string): string[];
  /** Ids of a campaign's codes published to nobody yet with a use left, in seed order. */
  unpublished(campaignId: string): string[];
  /**
   * Publishes a code to a customer (`source_id`), as Voucherify's publication does; `false` when
   * it is published already (nothing is changed then).
   */
  publish(id: string, sourceId: string): boolean;
  /** Takes a publication back: the code is published to nobody again. */
  unpublish(id: string): void;
  /**
   * Successful, not rolled back redemptions of a campaign: in all, and by one customer; from
   * `since` (an ISO instant) on when given.
   */
  campaignRedemptions(
    campaignId: string,
    customerId: string | undefined,
    since?: string,
  ): { total: number; byCustomer: number };
  findCustomer(idOrSourceId: string): StoredCustomer | undefined;
  saveCustomer(customer: StoredCustomer, now: string): void;
  /** Deletes sessions (and their locks) expired at `now`. */
  deleteExpiredSessions(now: number): void;
  /** Writes a session, replacing any with the same key, and its locks. */
  saveSession(session: SessionRecord, locks: readonly SessionLock[]): void;
  deleteSession(key: string): void;
  /**
   * Drops what the session `key` reserves on one redeemable, and the session once it reserves
   * nothing more; `false` when the session holds no lock on it.
   */
  releaseLock(key: string, redeemableId: string): boolean;
  /** Applies counter changes; `false` when a use is no longer available (nothing is changed then). */
  changeState(change: StateChange): boolean;
  saveOrder(
    order: {
      id: string;
      sourceId: string | undefined;
      status: string;
      customerId: string | undefined;
      body: Record<string, unknown>;
      /** The order as the request sent it. */
      request: Order | null | undefined;
      /** Points its payment earned by card; the stored ones are kept when `undefined`. */
      earned?: [string, number][] | undefined;
    },
    now: string,
  ): void;
  findOrderBySourceId(sourceId: string): StoredOrder | undefined;
  /** The order with this id (`ord_…`), else the one with this source id. */
  findOrder(idOrSourceId: string): StoredOrder | undefined;
  saveRedemption(
    redemption: StoredRedemption & { campaignId: string | undefined; result: string; date: string },
  ): void;
  findRedemption(id: string): StoredRedemption | undefined;
  childrenOf(parentId: string): StoredRedemption[];
  setRedemptionStatus(id: string, status: string, body: Record<string, unknown>): void;
  saveRollback(rollback: {
    id: string;
    redemptionId: string;
    body: Record<string, unknown>;
    date: string;
  }): void;
  rollbackOf(redemptionId: string): Record<string, unknown> | undefined;
  /** The body of the rollback with this id (`rr_…`). */
  findRollback(id: string): Record<string, unknown> | undefined;
  saveEvent(event: {
    id: string;
    name: string;
    customerId: string;
    body: Record<string, unknown>;
    date: string;
  }): void;
  /** `true` when the referee already converted through the referral code. */
  hasReferral(voucherId: string, refereeId: string): boolean;
  /**
   * Records a referral conversion; `convertedBy` is what converted it (the parent redemption, or
   * the event).
   */
  saveReferral(referral: {
    voucherId: string;
    refereeId: string;
    campaignId: string;
    convertedBy: string;
    date: string;
  }): void;
  /** Forgets the conversions a redemption made, when it is rolled back. */
  deleteReferrals(convertedBy: string): void;
  /** Runs `work` in an immediate (write-locking) transaction. */
  transaction<T>(work: () => T): T;
}

type Row = Record<string, unknown>;

const json = (value: unknown): Record<string, unknown> =>
  JSON.parse(String(value)) as Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const int = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function redemptionOf(row: Row): StoredRedemption {
  return {
    id: String(row['id']),
    parentId: text(row['parent_id']),
    redeemableId: text(row['redeemable_id']),
    customerId: text(row['customer_id']),
    orderId: text(row['order_id']),
    status: String(row['status']),
    credits: int(row['credits']) ?? 0,
    points: int(row['points']) ?? 0,
    earned: JSON.parse(String(row['earned'])) as [string, number][],
    body: json(row['body']),
  };
}

function orderOf(row: Row | undefined): StoredOrder | undefined {
  if (row === undefined) return undefined;
  const request = text(row['request']);
  return {
    id: String(row['id']),
    body: json(row['body']),
    request: request === undefined ? undefined : (JSON.parse(request) as Order),
    earned: JSON.parse(text(row['earned']) ?? '[]') as [string, number][],
  };
}

/** Creates the store over an open, migrated database. */
export function createStore(db: Database): Store {
  const s = {
    seed: db.prepare('SELECT seed FROM seed_document WHERE id = 1').pluck(),
    putSeed: db.prepare('INSERT OR REPLACE INTO seed_document (id, seed) VALUES (1, ?)'),
    clear: [
      'DELETE FROM referrals',
      'DELETE FROM events',
      'DELETE FROM rollbacks',
      'DELETE FROM redemptions',
      'DELETE FROM orders',
      'DELETE FROM customers',
      'DELETE FROM sessions',
      'DELETE FROM redeemable_states',
      'DELETE FROM campaign_states',
    ].map((sql) => db.prepare(sql)),
    campaignStates: db.prepare('SELECT campaign_id, active FROM campaign_states'),
    setCampaignActive: db.prepare(
      `INSERT INTO campaign_states (campaign_id, active) VALUES (?, ?)
       ON CONFLICT (campaign_id) DO UPDATE SET active = excluded.active`,
    ),
    insertState: db.prepare(
      `INSERT INTO redeemable_states (id, campaign_id, quantity, redeemed_quantity, gift_balance, loyalty_points,
         loyalty_balance, holder) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    state: db.prepare(
      `SELECT r.redeemed_quantity, r.gift_balance, r.loyalty_points, r.loyalty_balance, r.holder,
         COUNT(l.session_key) AS uses, COALESCE(SUM(l.credits), 0) AS credits, COALESCE(SUM(l.points), 0) AS points
       FROM redeemable_states r
       LEFT JOIN (session_locks l JOIN sessions s ON s.key = l.session_key AND s.expires_at > ? AND s.key IS NOT ?)
         ON l.redeemable_id = r.id
       WHERE r.id = ? GROUP BY r.id`,
    ),
    usedUp: db
      .prepare(
        'SELECT id FROM redeemable_states WHERE quantity IS NOT NULL AND redeemed_quantity >= quantity',
      )
      .pluck(),
    heldBy: db.prepare('SELECT id FROM redeemable_states WHERE holder = ?').pluck(),
    unpublished: db
      .prepare(
        `SELECT id FROM redeemable_states WHERE campaign_id = ? AND holder IS NULL
           AND (quantity IS NULL OR redeemed_quantity < quantity) ORDER BY rowid`,
      )
      .pluck(),
    publish: db.prepare('UPDATE redeemable_states SET holder = ? WHERE id = ? AND holder IS NULL'),
    unpublish: db.prepare('UPDATE redeemable_states SET holder = NULL WHERE id = ?'),
    campaignTotal: db
      .prepare(
        `SELECT COUNT(*) FROM redemptions
         WHERE campaign_id = ? AND result = 'SUCCESS' AND status = 'SUCCEEDED' AND date >= ?`,
      )
      .pluck(),
    campaignByCustomer: db
      .prepare(
        `SELECT COUNT(*) FROM redemptions
         WHERE campaign_id = ? AND customer_id = ? AND result = 'SUCCESS' AND status = 'SUCCEEDED' AND date >= ?`,
      )
      .pluck(),
    findCustomer: db.prepare(
      'SELECT * FROM customers WHERE id = ? OR source_id = ? ORDER BY id = ? DESC LIMIT 1',
    ),
    saveCustomer: db.prepare(
      `INSERT INTO customers (id, source_id, body, orders_count, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, body = excluded.body,
         orders_count = excluded.orders_count, updated_at = excluded.created_at`,
    ),
    deleteExpiredSessions: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    upsertSession: db.prepare(
      `INSERT INTO sessions (key, type, ttl, ttl_unit, created_at, expires_at) VALUES (?, 'LOCK', ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET ttl = excluded.ttl, ttl_unit = excluded.ttl_unit,
         created_at = excluded.created_at, expires_at = excluded.expires_at`,
    ),
    deleteSessionLocks: db.prepare('DELETE FROM session_locks WHERE session_key = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE key = ?'),
    deleteLock: db.prepare('DELETE FROM session_locks WHERE session_key = ? AND redeemable_id = ?'),
    deleteEmptySession: db.prepare(
      'DELETE FROM sessions WHERE key = ? AND NOT EXISTS (SELECT 1 FROM session_locks WHERE session_key = ?)',
    ),
    insertLock: db.prepare(
      'INSERT INTO session_locks (session_key, redeemable_id, credits, points) VALUES (?, ?, ?, ?)',
    ),
    changeState: db.prepare(
      `UPDATE redeemable_states SET redeemed_quantity = redeemed_quantity + ?,
         gift_balance = gift_balance - ?, loyalty_balance = loyalty_balance - ? + ?,
         loyalty_points = loyalty_points + ?
       WHERE id = ? AND (quantity IS NULL OR redeemed_quantity + ? <= quantity)
         AND COALESCE(gift_balance, 0) >= ? AND COALESCE(loyalty_balance, 0) - ? + ? >= 0`,
    ),
    saveOrder: db.prepare(
      `INSERT INTO orders (id, source_id, status, customer_id, body, request, created_at, earned)
         VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, '[]'))
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, body = excluded.body,
         request = COALESCE(orders.request, excluded.request), updated_at = excluded.created_at,
         earned = CASE WHEN ? IS NULL THEN orders.earned ELSE excluded.earned END`,
    ),
    findOrder: db.prepare('SELECT id, body, request, earned FROM orders WHERE source_id = ?'),
    findOrderByIdOrSourceId: db.prepare(
      'SELECT id, body, request, earned FROM orders WHERE id = ? OR source_id = ? ORDER BY id = ? DESC LIMIT 1',
    ),
    saveRedemption: db.prepare(
      `INSERT INTO redemptions (id, parent_id, redeemable_id, campaign_id, customer_id, order_id, result, status,
         credits, points, earned, body, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    findRedemption: db.prepare('SELECT * FROM redemptions WHERE id = ?'),
    children: db.prepare('SELECT * FROM redemptions WHERE parent_id = ? ORDER BY rowid'),
    setStatus: db.prepare('UPDATE redemptions SET status = ?, body = ? WHERE id = ?'),
    saveRollback: db.prepare('INSERT INTO rollbacks (id, redemption_id, body, date) VALUES (?, ?, ?, ?)'),
    rollbackOf: db.prepare('SELECT body FROM rollbacks WHERE redemption_id = ?').pluck(),
    findRollback: db.prepare('SELECT body FROM rollbacks WHERE id = ?').pluck(),
    saveEvent: db.prepare(
      'INSERT INTO events (id, name, customer_id, body, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    hasReferral: db.prepare('SELECT 1 FROM referrals WHERE voucher_id = ? AND referee_id = ?').pluck(),
    saveReferral: db.prepare(
      `INSERT INTO referrals (voucher_id, referee_id, campaign_id, converted_by, created_at)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    deleteReferrals: db.prepare('DELETE FROM referrals WHERE converted_by = ?'),
  };

  const transaction = <T>(work: () => T): T => db.transaction(work).immediate();

  const writeSeed = (seed: Seed): void => {
    s.putSeed.run(JSON.stringify(seed));
    const now = new Date().toISOString();
    for (const customer of seed.customers) {
      const body = {
        id: customer.id,
        source_id: customer.source_id,
        ...(customer.name === undefined ? {} : { name: customer.name }),
        ...(customer.email === undefined ? {} : { email: customer.email }),
        metadata: customer.metadata,
        object: 'customer',
      };
      s.saveCustomer.run(customer.id, customer.source_id, JSON.stringify(body), customer.orders, now);
    }
    for (const campaign of seed.campaigns) {
      if (campaign.type === 'PROMOTION') {
        for (const tier of campaign.tiers)
          s.insertState.run(tier.id, campaign.id, null, 0, null, null, null, null);
        continue;
      }
      for (const voucher of campaign.vouchers) {
        const gift = 'gift' in voucher ? voucher.gift : undefined;
        const card = 'loyalty_card' in voucher ? voucher.loyalty_card : undefined;
        s.insertState.run(
          voucher.id,
          campaign.id,
          voucher.quantity ?? null,
          voucher.redeemed_quantity,
          gift ? (gift.balance ?? gift.amount) : null,
          card ? card.points : null,
          card ? (card.balance ?? card.points) : null,
          voucher.holder ?? null,
        );
      }
    }
  };

  return {
    isEmpty: () => s.seed.get() === undefined,
    seed: () => {
      const stored = s.seed.get();
      return stored === undefined ? undefined : parseSeed(JSON.parse(String(stored)));
    },
    replaceAll: (seed) =>
      transaction(() => {
        for (const statement of s.clear) statement.run();
        writeSeed(seed);
      }),
    campaignStates: () =>
      new Map(
        (s.campaignStates.all() as Row[]).map((row) => [String(row['campaign_id']), row['active'] === 1]),
      ),
    setCampaignActive: (campaignId, active) => {
      s.setCampaignActive.run(campaignId, active ? 1 : 0);
    },
    state: (id, now, exceptSessionKey) => {
      const row = s.state.get(now, exceptSessionKey ?? null, id) as Row | undefined;
      if (row === undefined) return undefined;
      return {
        redeemedQuantity: int(row['redeemed_quantity']) ?? 0,
        giftBalance: int(row['gift_balance']),
        loyaltyPoints: int(row['loyalty_points']),
        loyaltyBalance: int(row['loyalty_balance']),
        holder: row['holder'] === null || row['holder'] === undefined ? undefined : String(row['holder']),
        locked: {
          uses: int(row['uses']) ?? 0,
          credits: int(row['credits']) ?? 0,
          points: int(row['points']) ?? 0,
        },
      };
    },
    usedUpIds: () => new Set(s.usedUp.all() as string[]),
    heldBy: (sourceId) => s.heldBy.all(sourceId) as string[],
    unpublished: (campaignId) => s.unpublished.all(campaignId) as string[],
    publish: (id, sourceId) => s.publish.run(sourceId, id).changes === 1,
    unpublish: (id) => {
      s.unpublish.run(id);
    },
    campaignRedemptions: (campaignId, customerId, since = '') => ({
      total: s.campaignTotal.get(campaignId, since) as number,
      byCustomer:
        customerId === undefined ? 0 : (s.campaignByCustomer.get(campaignId, customerId, since) as number),
    }),
    findCustomer: (idOrSourceId) => {
      const row = s.findCustomer.get(idOrSourceId, idOrSourceId, idOrSourceId) as Row | undefined;
      if (row === undefined) return undefined;
      return {
        id: String(row['id']),
        sourceId: text(row['source_id']),
        body: json(row['body']),
        ordersCount: int(row['orders_count']) ?? 0,
      };
    },
    saveCustomer: (customer, now) => {
      s.saveCustomer.run(
        customer.id,
        customer.sourceId ?? null,
        JSON.stringify(customer.body),
        customer.ordersCount,
        now,
      );
    },
    deleteExpiredSessions: (now) => {
      s.deleteExpiredSessions.run(now);
    },
    saveSession: (session, locks) => {
      s.upsertSession.run(session.key, session.ttl, session.ttlUnit, session.createdAt, session.expiresAt);
      s.deleteSessionLocks.run(session.key);
      for (const lock of locks) s.insertLock.run(session.key, lock.redeemableId, lock.credits, lock.points);
    },
    deleteSession: (key) => {
      s.deleteSession.run(key);
    },
    releaseLock: (key, redeemableId) => {
      if (s.deleteLock.run(key, redeemableId).changes === 0) return false;
      s.deleteEmptySession.run(key, key);
      return true;
    },
    changeState: ({ id, uses, credits, points, earnedPoints }) =>
      s.changeState.run(
        uses,
        credits,
        points,
        earnedPoints,
        earnedPoints,
        id,
        uses,
        credits,
        points,
        earnedPoints,
      ).changes === 1,
    saveOrder: (order, now) => {
      s.saveOrder.run(
        order.id,
        order.sourceId ?? null,
        order.status,
        order.customerId ?? null,
        JSON.stringify(order.body),
        order.request == null ? null : JSON.stringify(order.request),
        now,
        order.earned === undefined ? null : JSON.stringify(order.earned),
        order.earned === undefined ? null : 1,
      );
    },
    findOrderBySourceId: (sourceId) => orderOf(s.findOrder.get(sourceId) as Row | undefined),
    findOrder: (idOrSourceId) =>
      orderOf(s.findOrderByIdOrSourceId.get(idOrSourceId, idOrSourceId, idOrSourceId) as Row | undefined),
    saveRedemption: (r) => {
      s.saveRedemption.run(
        r.id,
        r.parentId ?? null,
        r.redeemableId ?? null,
        r.campaignId ?? null,
        r.customerId ?? null,
        r.orderId ?? null,
        r.result,
        r.status,
        r.credits,
        r.points,
        JSON.stringify(r.earned),
        JSON.stringify(r.body),
        r.date,
      );
    },
    findRedemption: (id) => {
      const row = s.findRedemption.get(id) as Row | undefined;
      return row === undefined ? undefined : redemptionOf(row);
    },
    childrenOf: (parentId) => (s.children.all(parentId) as Row[]).map(redemptionOf),
    setRedemptionStatus: (id, status, body) => {
      s.setStatus.run(status, JSON.stringify(body), id);
    },
    saveRollback: ({ id, redemptionId, body, date }) => {
      s.saveRollback.run(id, redemptionId, JSON.stringify(body), date);
    },
    rollbackOf: (redemptionId) => {
      const body = s.rollbackOf.get(redemptionId);
      return body === undefined ? undefined : json(body);
    },
    findRollback: (id) => {
      const body = s.findRollback.get(id);
      return body === undefined ? undefined : json(body);
    },
    saveEvent: ({ id, name, customerId, body, date }) => {
      s.saveEvent.run(id, name, customerId, JSON.stringify(body), date);
    },
    hasReferral: (voucherId, refereeId) => s.hasReferral.get(voucherId, refereeId) !== undefined,
    saveReferral: ({ voucherId, refereeId, campaignId, convertedBy, date }) => {
      s.saveReferral.run(voucherId, refereeId, campaignId, convertedBy, date);
    },
    deleteReferrals: (convertedBy) => {
      s.deleteReferrals.run(convertedBy);
    },
    transaction,
  };
}
