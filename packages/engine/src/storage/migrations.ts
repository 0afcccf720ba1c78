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
