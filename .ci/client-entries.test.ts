// Server Components import a package's server entry and render its client entry: the client entry
// must say "use client" and the server entry must not, in the sources and in what is published.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

it.each(['react', 'ui'])(
  '@promokit/%s marks its client entry "use client" and leaves its server entry unmarked, in the sources and the build',
  (name) => {
    for (const [dir, ext] of [
      ['src', 'ts'],
      ['dist', 'js'],
    ] as const) {
      const read = (entry: string) =>
        readFileSync(join(root, 'packages', name, dir, `${entry}.${ext}`), 'utf8');
      expect(read('index').startsWith("'use client';")).toBe(true);
      expect(read('server')).not.toMatch(/^\s*['"]use client['"]/m);
    }
  },
);
