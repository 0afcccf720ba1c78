import { metadataSchema } from '@promokit/voucherify';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';

import {
  seedDiscountSchema,
  seedRuleConditionSchema,
  type Seed,
  type ValidationRule,
} from '../seed/seed-schema.js';
import type { SessionRecord } from '../validation/session.js';
import type { VoucherRecord } from '../voucher-record.js';

/** The engine's storage operations; every statement is prepared once. */
export interface Store {
  /** `true` when no campaign is stored yet. */
  isEmpty(): boolean;
  /** Deletes all campaigns, codes, rules and sessions, then writes `seed`, in one transaction. */
  replaceAll(seed: Seed): void;
  /** Finds a code by its `code` or its `v_…` id. */
  findVoucher(codeOrId: string): VoucherRecord | undefined;
  /** Counts unexpired sessions, other than `exceptSessionKey`, holding a lock on the voucher. */
  countLocks(voucherId: string, now: number, exceptSessionKey: string | undefined): number;
  /** Deletes sessions (and their locks) expired at `now`. */
  deleteExpiredSessions(now: number): void;
  /** Writes a session, replacing any with the same key, and its locks. */
  saveSession(session: SessionRecord, lockedVoucherIds: readonly string[]): void;
  /** Runs `work` in an immediate (write-locking) transaction. */
  transaction<T>(work: () => T): T;
}

const voucherRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  campaign_id: z.string(),
  campaign_name: z.string(),
  discount: z.string().transform((json) => seedDiscountSchema.parse(JSON.parse(json))),
  active: z.union([z.literal(0), z.literal(1)]).transform((active) => active === 1),
  start_date: z.string().nullable(),
  expiration_date: z.string().nullable(),
  quantity: z.int().nullable(),
  redeemed_quantity: z.int(),
  metadata: z.string().transform((json) => metadataSchema.parse(JSON.parse(json))),
});

const ruleRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  conditions: z.string().transform((json) => z.array(seedRuleConditionSchema).parse(JSON.parse(json))),
});

/** Creates the store over an open, migrated database. */
export function createStore(db: Database): Store {
  const statements = {
    anyCampaign: db.prepare('SELECT EXISTS (SELECT 1 FROM campaigns)').pluck(),
    deleteSessions: db.prepare('DELETE FROM sessions'),
    deleteCampaigns: db.prepare('DELETE FROM campaigns'),
    deleteRules: db.prepare('DELETE FROM validation_rules'),
    insertRule: db.prepare('INSERT INTO validation_rules (id, name, conditions) VALUES (?, ?, ?)'),
    insertCampaign: db.prepare(
      `INSERT INTO campaigns (id, name, type, start_date, expiration_date)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    assignRule: db.prepare(
      'INSERT INTO campaign_validation_rules (campaign_id, rule_id, position) VALUES (?, ?, ?)',
    ),
    insertVoucher: db.prepare(
      `INSERT INTO vouchers (id, code, campaign_id, discount, active, start_date, expiration_date,
         quantity, redeemed_quantity, metadata)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    findVoucher: db.prepare(
      `SELECT v.id, v.code, v.campaign_id, c.name AS campaign_name, v.discount, v.active,
         COALESCE(v.start_date, c.start_date) AS start_date,
         COALESCE(v.expiration_date, c.expiration_date) AS expiration_date,
         v.quantity, v.redeemed_quantity, v.metadata
       FROM vouchers v JOIN campaigns c ON c.id = v.campaign_id
       WHERE v.code = ? OR v.id = ?
       ORDER BY v.code = ? DESC
       LIMIT 1`,
    ),
    campaignRules: db.prepare(
      `SELECT r.id, r.name, r.conditions
       FROM validation_rules r JOIN campaign_validation_rules a ON a.rule_id = r.id
       WHERE a.campaign_id = ?
       ORDER BY a.position`,
    ),
    countLocks: db
      .prepare(
        `SELECT COUNT(*) FROM session_locks l JOIN sessions s ON s.key = l.session_key
         WHERE l.voucher_id = ? AND s.expires_at > ? AND s.key IS NOT ?`,
      )
      .pluck(),
    deleteExpiredSessions: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    upsertSession: db.prepare(
      `INSERT INTO sessions (key, type, ttl, ttl_unit, created_at, expires_at)
       VALUES (?, 'LOCK', ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET ttl = excluded.ttl, ttl_unit = excluded.ttl_unit,
         created_at = excluded.created_at, expires_at = excluded.expires_at`,
    ),
    deleteSessionLocks: db.prepare('DELETE FROM session_locks WHERE session_key = ?'),
    insertSessionLock: db.prepare('INSERT INTO session_locks (session_key, voucher_id) VALUES (?, ?)'),
  };

  const transaction = <T>(work: () => T): T => db.transaction(work).immediate();

  const writeSeed = (seed: Seed): void => {
    for (const rule of seed.validation_rules) {
      statements.insertRule.run(rule.id, rule.name, JSON.stringify(rule.conditions));
    }
    for (const campaign of seed.campaigns) {
      statements.insertCampaign.run(
        campaign.id,
        campaign.name,
        campaign.type,
        campaign.start_date ?? null,
        campaign.expiration_date ?? null,
      );
      campaign.validation_rules.forEach((ruleId, position) =>
        statements.assignRule.run(campaign.id, ruleId, position),
      );
      for (const voucher of campaign.vouchers) {
        statements.insertVoucher.run(
          voucher.id,
          voucher.code,
          campaign.id,
          JSON.stringify(voucher.discount),
          voucher.active ? 1 : 0,
          voucher.start_date ?? null,
          voucher.expiration_date ?? null,
          voucher.quantity ?? null,
          voucher.redeemed_quantity,
          JSON.stringify(voucher.metadata),
        );
      }
    }
  };

  const rulesOf = (campaignId: string): ValidationRule[] =>
    statements.campaignRules.all(campaignId).map((row) => ruleRowSchema.parse(row));

  return {
    isEmpty: () => statements.anyCampaign.get() === 0,

    replaceAll: (seed) =>
      transaction(() => {
        statements.deleteSessions.run();
        statements.deleteCampaigns.run();
        statements.deleteRules.run();
        writeSeed(seed);
      }),

    findVoucher: (codeOrId) => {
      const found = statements.findVoucher.get(codeOrId, codeOrId, codeOrId);
      if (found === undefined) return undefined;
      const row = voucherRowSchema.parse(found);
      return {
        id: row.id,
        code: row.code,
        campaignId: row.campaign_id,
        campaignName: row.campaign_name,
        discount: row.discount,
        active: row.active,
        startDate: row.start_date ?? undefined,
        expirationDate: row.expiration_date ?? undefined,
        quantity: row.quantity ?? undefined,
        redeemedQuantity: row.redeemed_quantity,
        metadata: row.metadata,
        rules: rulesOf(row.campaign_id),
      };
    },

    countLocks: (voucherId, now, exceptSessionKey) =>
      statements.countLocks.get(voucherId, now, exceptSessionKey ?? null) as number,

    deleteExpiredSessions: (now) => {
      statements.deleteExpiredSessions.run(now);
    },

    saveSession: (session, lockedVoucherIds) => {
      statements.upsertSession.run(
        session.key,
        session.ttl,
        session.ttlUnit,
        session.createdAt,
        session.expiresAt,
      );
      statements.deleteSessionLocks.run(session.key);
      for (const voucherId of lockedVoucherIds) statements.insertSessionLock.run(session.key, voucherId);
    },

    transaction,
  };
}
