import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type SeedInput, createEngineApp, demoSeed, openEngine } from '@promokit/engine';

import { type Upstream, voucherifyUpstream } from '../upstream.js';

/** A call the BFF made upstream. */
export interface RecordedCall {
  path: string;
  /** The JSON body; empty for a call without one (a `DELETE`). */
  body: Record<string, unknown>;
}

/** The demo engine, with every call the BFF makes to it recorded on the way. */
export interface RecordingEngine {
  upstream: Upstream;
  calls: RecordedCall[];
  close(): void;
}

/**
 * The embedded engine, on a temporary SQLite file with `seed` (default the demo's), behind a fetch
 * that records each request before passing it on.
 */
export function recordingEngine(seed: SeedInput = demoSeed()): RecordingEngine {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-rec-'));
  const engine = openEngine({ file: join(dir, 'engine.sqlite'), seed });
  const credentials = { appId: 'rec', appToken: 'rec' };
  const app = createEngineApp(engine, credentials);
  const calls: RecordedCall[] = [];
  const upstream = voucherifyUpstream({
    ...credentials,
    baseUrl: 'http://engine.invalid',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const text = await request.clone().text();
      calls.push({
        path: new URL(request.url).pathname,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      });
      return app.fetch(request);
    },
  });
  return {
    upstream,
    calls,
    close() {
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
