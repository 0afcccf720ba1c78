import type { CustomerObject, EventsTrackRequestBody, EventsTrackResponseBody } from '@promokit/voucherify';

import { upsertCustomer } from '../customers/upsert-customer.js';
import { EngineRequestError, type EngineErrorBody } from '../engine-request-error.js';
import { newId } from '../ids.js';
import { type Catalog, findVoucher } from '../model/catalog.js';
import type { RedeemableDefinition } from '../model/redeemable-definition.js';
import { convertReferral } from '../referrals/convert-referral.js';
import type { Store, StoredCustomer } from '../storage/store.js';

/** A refusal's Voucherify error fields, before its request id. */
type Refusal = Pick<EngineErrorBody, 'code' | 'key' | 'message'> & {
  details: string;
  resource_id?: string;
  resource_type?: 'customer' | 'voucher';
};

function refuse(body: Refusal): never {
  throw new EngineRequestError({ ...body, request_id: newId('request') });
}

/** Voucherify's 404 for a customer or voucher it cannot find (the spec's `/v1/events` example). */
function notFound(resourceType: 'customer' | 'voucher', id: string): never {
  refuse({
    code: 404,
    key: 'not_found',
    message: 'Resource not found',
    details: `Cannot find ${resourceType} with id ${id}`,
    resource_id: id,
    resource_type: resourceType,
  });
}

/**
 * The referral code an event names, checked: it exists (else 404 `not_found`), is a referral code
 * (else 400 `invalid_voucher`), `referrer_id` (an id or `source_id`, optional) is its referrer
 * (an unknown customer is 404 `not_found`, another one 400 `invalid_customer`), and the customer
 * sending it is not that referrer (400 `referrer_not_permitted_to_redeem`, as a redemption of
 * one's own code is refused).
 */
function referralCode(
  store: Store,
  catalog: Catalog,
  referral: NonNullable<EventsTrackRequestBody['referral']>,
  referee: StoredCustomer,
): RedeemableDefinition {
  const code = findVoucher(catalog, referral.code);
  if (code === undefined) notFound('voucher', referral.code);
  if (code.campaign.type !== 'REFERRAL_PROGRAM') {
    refuse({
      code: 400,
      key: 'invalid_voucher',
      message: 'Invalid voucher',
      details: `Voucher ${referral.code} is not a referral code`,
      resource_id: referral.code,
      resource_type: 'voucher',
    });
  }
  const referrerId = referral.referrer_id;
  if (referrerId) {
    const named = store.findCustomer(referrerId);
    if (named === undefined) notFound('customer', referrerId);
    if (named.sourceId !== code.holder) {
      refuse({
        code: 400,
        key: 'invalid_customer',
        message: 'Invalid customer',
        details: `Customer ${referrerId} is not the referrer of ${referral.code}`,
      });
    }
  }
  if (referee.sourceId !== undefined && referee.sourceId === code.holder) {
    refuse({
      code: 400,
      key: 'referrer_not_permitted_to_redeem',
      message: 'voucher cannot be redeemed by referrer',
      details: referral.code,
    });
  }
  return code;
}

/**
 * `POST /v1/events` (DIGEST §14, `events.json`): records a custom event for its customer, created
 * when unknown by `source_id` (a customer `id` that does not exist is 404 `not_found`, as in the
 * spec's example). With `referral.code` the event is a referral conversion when it is the code's
 * campaign's conversion event (`referral_program.conversion_event_type: "custom_event"` with this
 * event's name): the referrer gets the campaign's reward once per referee and code, so sending the
 * event again rewards nothing more. A campaign converting on redemption records the event and
 * rewards nothing. The answer is Voucherify's: the event, its customer, `referral` and `loyalty`
 * null. Runs inside the caller's transaction.
 *
 * @throws {EngineRequestError} as {@link referralCode} does, and 404 for an unknown customer id.
 */
export function trackEvent(
  store: Store,
  catalog: Catalog,
  body: EventsTrackRequestBody,
  at: Date,
): EventsTrackResponseBody {
  const date = at.toISOString();
  const givenId = body.customer.id;
  if (givenId && store.findCustomer(givenId)?.id !== givenId) notFound('customer', givenId);
  const customer = upsertCustomer(store, body.customer, at);
  const id = newId('event');
  if (body.referral) {
    const code = referralCode(store, catalog, body.referral, customer);
    const conversion = code.campaign.conversion;
    if (conversion?.type === 'custom_event' && conversion.eventName === body.event) {
      convertReferral(store, catalog, { code, refereeId: customer.id, convertedBy: id, date });
    }
  }
  store.saveEvent({ id, name: body.event, customerId: customer.id, body, date });
  return {
    object: 'event',
    type: body.event,
    customer: customer.body as CustomerObject,
    referral: null,
    loyalty: null,
    metadata: body.metadata ?? {},
  };
}
