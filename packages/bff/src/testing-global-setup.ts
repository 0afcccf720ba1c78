import type { TestProject } from 'vitest/node';

import { startDemoBff } from './testing.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the demo BFF started for the run. */
    promoBffUrl: string;
  }
}

/**
 * Vitest global setup: starts the demo BFF and engine in Node for the whole run, so that browser-like
 * test environments (jsdom) reach them over real HTTP. Tests read the URL with `inject('promoBffUrl')`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const bff = await startDemoBff();
  project.provide('promoBffUrl', bff.url);
  return bff.close;
}
