import type * as EngineModule from '@promokit/engine';

import { EngineNotInstalledError, isEngineMissing } from './engine-not-installed-error.js';

/**
 * Loads `@promokit/engine`, the BFF's optional peer dependency; throws
 * {@link EngineNotInstalledError} when it is not installed.
 */
export async function loadEngine(): Promise<typeof EngineModule> {
  try {
    return await import('@promokit/engine');
  } catch (error) {
    throw isEngineMissing(error) ? new EngineNotInstalledError('engine', error) : error;
  }
}
