// Runs the demo BFF and engine (fresh SQLite file, demo seed and catalog) for Storybook and its
// tests, and prints the BFF's base URL on its first line of output.
import { startDemoBff } from '@promokit/bff/testing';

const bff = await startDemoBff();
console.info(bff.url);
process.once('SIGTERM', () => void bff.close().then(() => process.exit(0)));
