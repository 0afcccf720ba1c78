import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, it } from 'vitest';

import * as api from './server.js';

const packageDir = join(import.meta.dirname, '..');

/** The server entry's API, pinned: adding or removing an export is a deliberate change to this list. */
it('exports exactly its public names', () => {
  expect(Object.keys(api).sort()).toEqual([
    'createMessages',
    'de',
    'describeEffect',
    'en',
    'interpolate',
    'offerHintText',
    'recoveryAction',
    'recoveryLabel',
    'rejectionMessage',
  ]);
});

it('marks the client entry "use client" and leaves the server entry unmarked, in the sources and the build', () => {
  for (const [dir, ext] of [
    ['src', 'ts'],
    ['dist', 'js'],
  ] as const) {
    const client = readFileSync(join(packageDir, dir, `index.${ext}`), 'utf8');
    const server = readFileSync(join(packageDir, dir, `server.${ext}`), 'utf8');
    expect(client.startsWith("'use client';")).toBe(true);
    expect(server).not.toMatch(/^\s*['"]use client['"]/m);
  }
});
