import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the demo seed (`@promokit/engine/seeds/demo.json`): WELCOME10, SAVE5 and codes
 * showing every rejection the engine produces.
 */
export const demoSeedPath: string = fileURLToPath(new URL('../../seeds/demo.json', import.meta.url));
