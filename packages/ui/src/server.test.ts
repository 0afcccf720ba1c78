import { expect, it } from 'vitest';

import * as api from './server.js';

/** The server entry's API, pinned: adding or removing an export is a deliberate change to this list. */
it('exports exactly its public names', () => {
  expect(Object.keys(api).sort()).toEqual([
    'createMessages',
    'de',
    'describeEffect',
    'en',
    'interpolate',
    'offerHintText',
    'recoveryAction',
    'recoveryLabel',
    'rejectionMessage',
  ]);
});
