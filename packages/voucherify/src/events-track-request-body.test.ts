import { describe, expect, it } from 'vitest';

import { eventsTrackRequestBodySchema } from './events-track-request-body.js';
import { eventsTrackResponseBodySchema } from './events-track-response-body.js';
import { describeWithReference } from './test-support/examples.js';
import { postExamples } from './test-support/spec-examples.js';

describeWithReference('events wire shapes of the spec', ['readOnly-openAPI.json'], () => {
  const { requests, responses } = postExamples('/v1/events');

  it.each(requests)('eventsTrackRequestBodySchema accepts the spec request %s', (_, body) => {
    expect(eventsTrackRequestBodySchema.safeParse(body).error).toBeUndefined();
  });

  it.each(responses)('eventsTrackResponseBodySchema parses the spec response %s', (_, body) => {
    expect(eventsTrackResponseBodySchema.parse(body)).toMatchObject({
      object: 'event',
      customer: { object: 'customer' },
    });
  });
});

describe('events wire shapes', () => {
  it.each([
    ['no customer', { event: 'signed_up' }, ['customer']],
    ['no event name', { customer: { source_id: 'ada' } }, ['event']],
    ['a referral without code', { event: 'x', customer: {}, referral: {} }, ['referral', 'code']],
  ])('rejects %s', (_, body, path) => {
    expect(eventsTrackRequestBodySchema.safeParse(body).error?.issues[0]?.path).toEqual(path);
  });
});
