import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach } from 'vitest';

/** A fresh directory under the OS temp dir, one per test. */
export interface TempDir {
  /** A path inside the current test's directory. */
  path(name: string): string;
}

/** Gives each test of the calling suite its own temp directory, deleted after the test. */
export function tempDirPerTest(): TempDir {
  let dir: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'promokit-engine-'));
  });
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return {
    path: (name) => {
      if (dir === undefined) throw new Error('tempDirPerTest paths exist only inside a test');
      return join(dir, name);
    },
  };
}
