import { createEngineApp, openEngine, type Seed } from '@promokit/engine';

import { type Upstream, voucherifyUpstream } from './upstream.js';

/** Options of {@link embeddedUpstream}. */
export interface EmbeddedUpstreamOptions {
  /** SQLite file of the engine; created and migrated when missing. */
  file: string;
  /** Loaded into an empty database. */
  seed?: Seed;
}

const credentials = { appId: 'promokit-embedded', appToken: 'promokit-embedded' };

/**
 * An {@link Upstream} that runs the embedded engine in this process. Calls still go through the
 * typed Voucherify client and the engine's `/v1` HTTP face (in memory, without a socket), so the
 * wire format is exactly what Voucherify would see.
 */
export function embeddedUpstream(options: EmbeddedUpstreamOptions): Upstream {
  const engine = openEngine({ file: options.file, ...(options.seed ? { seed: options.seed } : {}) });
  const app = createEngineApp(engine, credentials);
  const upstream = voucherifyUpstream({
    ...credentials,
    baseUrl: 'http://engine.invalid',
    fetch: (input, init) => Promise.resolve(app.fetch(new Request(input, init))),
    name: `embedded engine (${options.file})`,
  });
  return { ...upstream, close: () => engine.close() };
}
