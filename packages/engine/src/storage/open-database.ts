import BetterSqlite3, { type Database } from 'better-sqlite3';

import { migrate } from './migrations.js';

/**
 * Opens (creating if needed) the engine's SQLite file: WAL journal, foreign keys on, a busy timeout
 * for concurrent writers, and the schema migrated to the latest version.
 */
export function openDatabase(file: string): Database {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
