import { readFileSync } from 'node:fs';

import { demoSeedPath } from '../seed/demo-seed.js';
import type { SeedInput } from '../seed/seed-schema.js';

/** The demo seed, as JSON. */
export const demoSeed = JSON.parse(readFileSync(demoSeedPath, 'utf8')) as SeedInput;

/** A moment when the demo's current codes are active and its old ones expired. */
export const DEMO_NOW = new Date('2026-03-15T12:00:00Z');
