import { afterEach, describe, expect, it } from 'vitest';

import { openEngine, type Engine } from '../engine.js';
import { DEMO_NOW, demoSeed } from '../test-support/demo.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';
import { serveEngine, type EngineServer } from './serve-engine.js';

const dir = tempDirPerTest();
const credentials = { appId: 'app-id', appToken: 'app-token' };
const engines: Engine[] = [];
const servers: EngineServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  engines.splice(0).forEach((engine) => engine.close());
});

/** An engine on the shared database file, served on its own port. */
async function serve(): Promise<EngineServer> {
  const engine = openEngine({ file: dir.path('engine.db'), seed: demoSeed, now: () => DEMO_NOW });
  engines.push(engine);
  const server = await serveEngine({ engine, port: 0, ...credentials });
  servers.push(server);
  return server;
}

function redeem(url: string, index: number): Promise<Response> {
  return fetch(`${url}/v1/redemptions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-app-id': credentials.appId,
      'x-app-token': credentials.appToken,
    },
    body: JSON.stringify({
      redeemables: [{ object: 'voucher', id: 'ONCE10' }],
      customer: { source_id: 'cust-returning' },
      order: { source_id: `order-${index}`, items: [{ product_id: 'mug', quantity: 1, price: 2500 }] },
    }),
  });
}

describe('concurrent redemptions of a single-use code', () => {
  it('give exactly one success across two servers on one database', async () => {
    const [first, second] = await Promise.all([serve(), serve()]);
    const urls = [first.url, second.url];
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) => redeem(urls[index % 2] ?? first.url, index)),
    );
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as {
      key?: string;
    }[];
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 400)).toHaveLength(49);
    expect(new Set(bodies.flatMap((body) => (body.key === undefined ? [] : [body.key])))).toEqual(
      new Set(['quantity_exceeded']),
    );
  });
});
