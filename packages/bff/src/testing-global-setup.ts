import type { TestProject } from 'vitest/node';

import { memoryStore } from './memory-store.js';
import type { RedemptionFault } from './test-support/fault-proxy.js';
import { startBffInstance, startFaultyEngine } from './test-support/faulty-stack.js';
import { startDemoBff } from './testing.js';

/** Order ids whose first redemption lands after the BFF gave up on it, on the faulty BFF. */
const LOST_ONCE_PREFIX = 'lost-once-';
/** Order ids whose every redemption hangs, on the faulty BFF. */
const HUNG_PREFIX = 'hung-';

/** The faults of the faulty BFF's redemptions, by order id (the upstream order's `source_id`). */
function faultFor(): (body: unknown) => RedemptionFault | undefined {
  const seen = new Set<string>();
  return (body) => {
    const orderId = (body as { order?: { source_id?: unknown } } | undefined)?.order?.source_id;
    if (typeof orderId !== 'string') return undefined;
    if (orderId.startsWith(HUNG_PREFIX)) return 'hang';
    if (!orderId.startsWith(LOST_ONCE_PREFIX) || seen.has(orderId)) return undefined;
    seen.add(orderId);
    return { delayMs: 600 };
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the demo BFF started for the run (a case-insensitive project, as the demo). */
    promoBffUrl: string;
    /** Base URL of the demo BFF and engine as a case-sensitive project, started for the run. */
    promoCaseSensitiveBffUrl: string;
    /**
     * Base URL of a demo BFF (routes at its root) that gives up on redemptions after 300 ms, over
     * the engine's HTTP face behind a proxy: the first redemption of an order id starting with
     * `lost-once-` lands 600 ms after it was sent, every one of an order id starting with `hung-`
     * hangs.
     */
    promoFaultyBffUrl: string;
  }
}

/**
 * Vitest global setup: starts the demo BFF and engine in Node for the whole run, so that browser-like
 * test environments (jsdom) reach them over real HTTP. Tests read the URL with `inject('promoBffUrl')`,
 * or `inject('promoCaseSensitiveBffUrl')` for the same demo as a case-sensitive project, and
 * `inject('promoFaultyBffUrl')` for one whose redemptions get lost.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [bff, caseSensitive, faultyEngine] = await Promise.all([
    startDemoBff(),
    startDemoBff({ caseSensitiveCodes: true }),
    startFaultyEngine({ faultFor: faultFor() }),
  ]);
  const faulty = await startBffInstance(faultyEngine, memoryStore(), {
    upstreamBudgetMs: 300,
    lateRedemptionMs: 5000,
  });
  project.provide('promoBffUrl', bff.url);
  project.provide('promoCaseSensitiveBffUrl', caseSensitive.url);
  project.provide('promoFaultyBffUrl', faulty.url);
  return async () => {
    await Promise.all([bff.close(), caseSensitive.close(), faulty.close()]);
    await faultyEngine.close();
  };
}
