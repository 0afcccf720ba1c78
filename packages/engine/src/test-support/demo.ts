import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { SeedInput } from '../seed/seed-schema.js';

/** Path of the demo seed's JSON file in the sources, for tests that give the CLI a file. */
export const demoSeedFile: string = fileURLToPath(new URL('../seed/demo.json', import.meta.url));

/** The demo seed, as JSON. */
export const demoSeed = JSON.parse(readFileSync(demoSeedFile, 'utf8')) as SeedInput;

/** A moment when the demo's current codes are active and its old ones expired. */
export const DEMO_NOW = new Date('2026-03-15T12:00:00Z');
