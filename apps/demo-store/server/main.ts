import { join } from 'node:path';

import { startDemo } from './demo-server.js';

const demo = await startDemo({
  host: '127.0.0.1',
  port: Number(process.env.PORT ?? 4173),
  dbFile: process.env.PROMOKIT_DEMO_DB ?? join(import.meta.dirname, '../.data/demo.sqlite'),
});

console.info(`PromoKit demo store: ${demo.storeUrl}`);
console.info(`PromoKit engine (Voucherify API): ${demo.engineUrl}`);
console.info('Press Ctrl-C to stop.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void demo.close().then(() => {
      console.info('Demo stopped.');
      process.exit(0);
    });
  });
}
