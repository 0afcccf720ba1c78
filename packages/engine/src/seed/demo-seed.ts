import demoSeedJson from './demo.json' with { type: 'json' };
import { parseSeed } from './parse-seed.js';
import type { Seed } from './seed-schema.js';

/**
 * The demo seed (`@promokit/engine/seeds/demo.json`), checked: WELCOME10, SAVE5, automatic
 * promotions and codes showing every rejection the engine produces. The JSON is bundled as a module
 * (no file is read and no path is resolved), so a bundler such as Next.js or Vite carries it along,
 * and nothing is seeded until a caller passes it to `openEngine` at run time.
 */
export function demoSeed(): Seed {
  return parseSeed(demoSeedJson, '@promokit/engine/seeds/demo.json');
}
