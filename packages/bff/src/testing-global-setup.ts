import type { TestProject } from 'vitest/node';

import { startDemoBff } from './testing.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the demo BFF started for the run (a case-insensitive project, as the demo). */
    promoBffUrl: string;
    /** Base URL of the demo BFF and engine as a case-sensitive project, started for the run. */
    promoCaseSensitiveBffUrl: string;
  }
}

/**
 * Vitest global setup: starts the demo BFF and engine in Node for the whole run, so that browser-like
 * test environments (jsdom) reach them over real HTTP. Tests read the URL with `inject('promoBffUrl')`,
 * or `inject('promoCaseSensitiveBffUrl')` for the same demo as a case-sensitive project.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [bff, caseSensitive] = await Promise.all([
    startDemoBff(),
    startDemoBff({ caseSensitiveCodes: true }),
  ]);
  project.provide('promoBffUrl', bff.url);
  project.provide('promoCaseSensitiveBffUrl', caseSensitive.url);
  return async () => {
    await Promise.all([bff.close(), caseSensitive.close()]);
  };
}
