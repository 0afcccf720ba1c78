import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

import { tempDirPerTest } from '../test-support/temp-dir.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { openDatabase } from './open-database.js';

const dir = tempDirPerTest();

describe('openDatabase', () => {
  it('migrates a new file, in WAL mode with foreign keys on', () => {
    const db = openDatabase(dir.path('engine.db'));
    try {
      expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual(
        MIGRATIONS.map((migration) => migration.version),
      );
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(() =>
        db
          .prepare("INSERT INTO session_locks (session_key, redeemable_id) VALUES ('ssn_none', 'v_none')")
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  it('applies each migration once', () => {
    const file = dir.path('engine.db');
    openDatabase(file).close();
    const db = openDatabase(file);
    try {
      expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    } finally {
      db.close();
    }
  });

  it('applies only the migrations a database lacks', () => {
    const db = new BetterSqlite3(':memory:');
    try {
      migrate(db, [{ version: 1, name: 'one', sql: 'CREATE TABLE one (id INTEGER)' }]);
      migrate(db, [
        { version: 1, name: 'one', sql: 'CREATE TABLE one (id INTEGER)' },
        { version: 2, name: 'two', sql: 'CREATE TABLE two (id INTEGER)' },
      ]);
      expect(db.prepare('SELECT name FROM schema_migrations ORDER BY version').pluck().all()).toEqual([
        'one',
        'two',
      ]);
    } finally {
      db.close();
    }
  });

  it('refuses a database written by a newer engine', () => {
    const file = dir.path('engine.db');
    const db = openDatabase(file);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')").run();
    db.close();
    expect(() => openDatabase(file)).toThrow(/schema version 999 is newer/);
  });
});
