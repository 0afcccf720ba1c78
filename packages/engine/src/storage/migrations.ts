import type { Database } from 'better-sqlite3';

/** One numbered schema change, applied once, in order, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every schema change, oldest first. Append only: never edit a released migration. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'campaigns, vouchers, validation rules and sessions',
    sql: `
      CREATE TABLE campaigns (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        start_date TEXT,
        expiration_date TEXT
      );

      CREATE TABLE vouchers (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        discount TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        start_date TEXT,
        expiration_date TEXT,
        quantity INTEGER CHECK (quantity > 0),
        redeemed_quantity INTEGER NOT NULL DEFAULT 0 CHECK (redeemed_quantity >= 0),
        metadata TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX vouchers_campaign_id ON vouchers (campaign_id);

      CREATE TABLE validation_rules (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        conditions TEXT NOT NULL
      );

      CREATE TABLE campaign_validation_rules (
        campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        rule_id TEXT NOT NULL REFERENCES validation_rules (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (campaign_id, rule_id)
      );

      CREATE TABLE sessions (
        key TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        ttl REAL NOT NULL,
        ttl_unit TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_expires_at ON sessions (expires_at);

      CREATE TABLE session_locks (
        session_key TEXT NOT NULL REFERENCES sessions (key) ON DELETE CASCADE,
        voucher_id TEXT NOT NULL REFERENCES vouchers (id) ON DELETE CASCADE,
        PRIMARY KEY (session_key, voucher_id)
      );
      CREATE INDEX session_locks_voucher_id ON session_locks (voucher_id);
    `,
  },
  {
    version: 2,
    name: 'seed document, redeemable counters, customers, orders, redemptions, rollbacks, events',
    sql: `
      DROP TABLE session_locks;
      DROP TABLE campaign_validation_rules;
      DROP TABLE validation_rules;
      DROP TABLE vouchers;
      DROP TABLE campaigns;

      CREATE TABLE seed_document (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seed TEXT NOT NULL
      );

      CREATE TABLE redeemable_states (
        id TEXT PRIMARY KEY,
        campaign_id TEXT NOT NULL,
        quantity INTEGER CHECK (quantity > 0),
        redeemed_quantity INTEGER NOT NULL DEFAULT 0 CHECK (redeemed_quantity >= 0),
        gift_balance INTEGER CHECK (gift_balance >= 0),
        loyalty_points INTEGER CHECK (loyalty_points >= 0),
        loyalty_balance INTEGER CHECK (loyalty_balance >= 0),
        holder TEXT,
        CHECK (quantity IS NULL OR redeemed_quantity <= quantity)
      );
      CREATE INDEX redeemable_states_holder ON redeemable_states (holder);

      CREATE TABLE session_locks (
        session_key TEXT NOT NULL REFERENCES sessions (key) ON DELETE CASCADE,
        redeemable_id TEXT NOT NULL REFERENCES redeemable_states (id) ON DELETE CASCADE,
        credits INTEGER NOT NULL DEFAULT 0,
        points INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session_key, redeemable_id)
      );
      CREATE INDEX session_locks_redeemable_id ON session_locks (redeemable_id);

      CREATE TABLE customers (
        id TEXT PRIMARY KEY,
        source_id TEXT UNIQUE,
        body TEXT NOT NULL,
        orders_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT
      );

      CREATE TABLE orders (
        id TEXT PRIMARY KEY,
        source_id TEXT UNIQUE,
        status TEXT NOT NULL,
        customer_id TEXT REFERENCES customers (id),
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT
      );

      CREATE TABLE redemptions (
        id TEXT PRIMARY KEY,
        parent_id TEXT REFERENCES redemptions (id),
        redeemable_id TEXT,
        campaign_id TEXT,
        customer_id TEXT REFERENCES customers (id),
        order_id TEXT REFERENCES orders (id),
        result TEXT NOT NULL CHECK (result IN ('SUCCESS', 'FAILURE')),
        status TEXT NOT NULL,
        credits INTEGER NOT NULL DEFAULT 0,
        points INTEGER NOT NULL DEFAULT 0,
        earned TEXT NOT NULL DEFAULT '[]',
        body TEXT NOT NULL,
        date TEXT NOT NULL
      );
      CREATE INDEX redemptions_parent_id ON redemptions (parent_id);
      CREATE INDEX redemptions_campaign_customer ON redemptions (campaign_id, customer_id);

      CREATE TABLE rollbacks (
        id TEXT PRIMARY KEY,
        redemption_id TEXT NOT NULL UNIQUE REFERENCES redemptions (id),
        body TEXT NOT NULL,
        date TEXT NOT NULL
      );

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers (id),
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'campaign states switched on and off while the engine runs',
    sql: `
      CREATE TABLE campaign_states (
        campaign_id TEXT PRIMARY KEY,
        active INTEGER NOT NULL CHECK (active IN (0, 1))
      );
    `,
  },
  {
    version: 4,
    name: 'the order as first sent, reused by later redemptions of the same source_id',
    sql: `ALTER TABLE orders ADD COLUMN request TEXT;`,
  },
  {
    version: 5,
    name: 'referral conversions, one per referee and referral code',
    sql: `
      CREATE TABLE referrals (
        voucher_id TEXT NOT NULL,
        referee_id TEXT NOT NULL REFERENCES customers (id),
        campaign_id TEXT NOT NULL,
        converted_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (voucher_id, referee_id)
      );
      CREATE INDEX referrals_converted_by ON referrals (converted_by);
    `,
  },
  {
    version: 6,
    name: 'the points an order paid through POST /v1/orders earned, by card, taken back if it is canceled',
    sql: `ALTER TABLE orders ADD COLUMN earned TEXT NOT NULL DEFAULT '[]';`,
  },
];

/**
 * Brings the schema up to date, recording each applied migration in `schema_migrations`. Refuses a
 * database written by a newer engine.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const latest = Math.max(0, ...migrations.map((migration) => migration.version));
  const newest = Math.max(0, ...applied);
  if (newest > latest) {
    throw new Error(`Database schema version ${newest} is newer than this engine supports (${latest})`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}
