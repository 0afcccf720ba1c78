import {
  LOCAL_APP_ID,
  LOCAL_APP_TOKEN,
  createEngineApp,
  demoSeed,
  openEngine,
  serveEngine,
} from '@promokit/engine';

const engine = openEngine({ file: 'engine.sqlite', seed: demoSeed() }); // seeds an empty file only
engine.validate({ redeemables: [{ object: 'voucher', id: 'WELCOME10' }], order: { amount: 6000 } });

const credentials = { appId: LOCAL_APP_ID, appToken: LOCAL_APP_TOKEN }; // set your own anywhere shared
export const app = createEngineApp(engine, credentials); // a Hono app: app.fetch / app.request
const server = await serveEngine({ engine, port: 8787, ...credentials }); // server.url, server.close()
console.info(`Voucherify's v1 API on ${server.url}`);
