import { expect, it } from 'vitest';

import * as api from './index.js';

/** The public API, pinned: adding or removing an export is a deliberate change to this list. */
it('exports exactly its public names', () => {
  expect(Object.keys(api).sort()).toEqual([
    'CONFLICT_KEYS',
    'DEMO_PERSONAS',
    'ERROR_KEY_REASONS',
    'EngineNotInstalledError',
    'SKIPPED_KEY_REASONS',
    'UpstreamUnavailableError',
    'attemptLimiter',
    'circuitBreaker',
    'cookieSession',
    'createBff',
    'guestIdentity',
    'jsonCatalog',
    'jwtIdentity',
    'maskCode',
    'memoryStore',
    'redisStore',
    'toEffect',
    'toRejection',
    'toValidationBody',
    'voucherifyUpstream',
  ]);
});
