import { afterEach, describe, expect, it } from 'vitest';

import { parseSeed } from '../seed/parse-seed.js';
import type { SeedInput } from '../seed/seed-schema.js';
import { engineOverHttp, type EngineOverHttp } from '../test-support/engine-http.js';
import { expectConformant } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';
import { windowStart } from './time-windows.js';

const dir = tempDirPerTest();
let opened: EngineOverHttp | undefined;
afterEach(() => opened?.engine.close());

let clock = new Date('2026-03-15T12:00:00Z');

function open(timeZone: string, campaign: Record<string, unknown> = {}): EngineOverHttp {
  opened = engineOverHttp(
    dir.path(`engine-${timeZone.replace('/', '-')}.db`),
    {
      version: 1,
      time_zone: timeZone,
      customers: [{ id: 'cust_Ann', source_id: 'ann' }],
      validation_rules: [
        {
          id: 'val_OncePerDay',
          name: 'Once a day, three times a month',
          rules: {
            '1': { name: 'redemption.count.per_customer.daily', conditions: { $less_than_or_equal: [1] } },
            '2': { name: 'redemption.count.per_customer.monthly', conditions: { $less_than_or_equal: [3] } },
            logic: '1 and 2',
          },
        },
      ],
      campaigns: [
        {
          id: 'camp_Daily',
          name: 'Daily treat',
          type: 'DISCOUNT_COUPONS',
          validation_rules: ['val_OncePerDay'],
          vouchers: [{ id: 'v_Daily', code: 'DAILY', discount: { type: 'AMOUNT', amount_off: 100 } }],
          ...campaign,
        },
      ],
    } as SeedInput,
    () => clock,
  );
  return opened;
}

const body = (order: string) => ({
  redeemables: [{ object: 'voucher', id: 'DAILY' }],
  customer: { source_id: 'ann' },
  order: { source_id: order, amount: 5000 },
});

async function redeemAt(engine: EngineOverHttp, at: string, order: string) {
  clock = new Date(at);
  const answer = await engine.redeem(body(order));
  return answer.status === 200 ? 'redeemed' : (answer.body as unknown as { key: string }).key;
}

describe('redemptions per customer per day and per month, in the project time zone', () => {
  it('counts a Berlin day from Berlin midnight, not from UTC midnight', async () => {
    const berlin = open('Europe/Berlin');
    expect(await redeemAt(berlin, '2026-03-15T22:30:00Z', 'o1')).toBe('redeemed'); // 23:30 on the 15th
    expect(await redeemAt(berlin, '2026-03-15T22:50:00Z', 'o2')).toBe('redemption_rules_violated');
    expect(await redeemAt(berlin, '2026-03-15T23:30:00Z', 'o3')).toBe('redeemed'); // 00:30 on the 16th
  });

  it('counts a UTC day from UTC midnight', async () => {
    const utc = open('UTC');
    expect(await redeemAt(utc, '2026-03-15T22:30:00Z', 'o1')).toBe('redeemed');
    expect(await redeemAt(utc, '2026-03-15T23:30:00Z', 'o2')).toBe('redemption_rules_violated');
    expect(await redeemAt(utc, '2026-03-16T00:30:00Z', 'o3')).toBe('redeemed');
  });

  it('allows three a month, and again from the first of the next month', async () => {
    const tokyo = open('Asia/Tokyo');
    expect(await redeemAt(tokyo, '2026-03-02T03:00:00Z', 'o1')).toBe('redeemed');
    expect(await redeemAt(tokyo, '2026-03-03T03:00:00Z', 'o2')).toBe('redeemed');
    expect(await redeemAt(tokyo, '2026-03-04T03:00:00Z', 'o3')).toBe('redeemed');
    expect(await redeemAt(tokyo, '2026-03-05T03:00:00Z', 'o4')).toBe('redemption_rules_violated');
    // 2026-03-31T15:30Z is 00:30 on 1 April in Tokyo.
    expect(await redeemAt(tokyo, '2026-03-31T15:30:00Z', 'o5')).toBe('redeemed');
  });

  it('gives a rolled-back redemption back to the day', async () => {
    const utc = open('UTC');
    clock = new Date('2026-03-15T10:00:00Z');
    const first = await utc.redeem(body('o1'));
    const parent = (first.body as { parent_redemption: { id: string } }).parent_redemption.id;
    expect((await utc.post(`/v1/redemptions/${parent}/rollbacks`, {})).status).toBe(200);
    expect(await redeemAt(utc, '2026-03-15T11:00:00Z', 'o2')).toBe('redeemed');
  });

  it('leaves the counts to validation: qualifications list the code after a use today', async () => {
    const utc = open('UTC');
    expect(await redeemAt(utc, '2026-03-15T10:00:00Z', 'o1')).toBe('redeemed');
    const listed = expectConformant(
      await utc.qualify({ customer: { source_id: 'ann' }, order: { amount: 5000 } }),
      'QualificationsCheckEligibilityResponseBody',
    );
    expect(listed.redeemables.data.map((redeemable) => redeemable.id)).toEqual(['DAILY']);
  });

  it('starts days and months across a daylight saving change as Luxon reads the zone', () => {
    // Berlin moves to summer time on 29 March 2026: that day began at 23:00 UTC the day before.
    expect(windowStart(new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin', 'day')).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(windowStart(new Date('2026-03-30T12:00:00Z'), 'Europe/Berlin', 'day')).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(windowStart(new Date('2026-04-15T12:00:00Z'), 'Europe/Berlin', 'month')).toBe(
      '2026-03-31T22:00:00.000Z',
    );
  });
});

describe('validity hours and days of the week, in the project time zone', () => {
  const happyHour = {
    validity_hours: { daily: [{ start_time: '17:00', expiration_time: '19:00', days_of_week: [5] }] },
  };
  const validateAt = async (engine: EngineOverHttp, at: string) => {
    clock = new Date(at);
    const response = expectConformant(
      await engine.validate({
        redeemables: [{ object: 'voucher', id: 'DAILY' }],
        customer: { source_id: 'ann' },
        order: { amount: 5000 },
      }),
    );
    const result = response.redeemables[0];
    return result?.status === 'INAPPLICABLE' ? result.result.error?.key : result?.status;
  };

  it.each<[string, string, string]>([
    ['Friday 17:00 in New York', '2026-03-13T21:00:00Z', 'APPLICABLE'],
    ['Friday 18:59 in New York', '2026-03-13T22:59:00Z', 'APPLICABLE'],
    ['Friday 19:00 in New York', '2026-03-13T23:00:00Z', 'voucher_not_active_now'],
    ['Friday 16:59 in New York', '2026-03-13T20:59:00Z', 'voucher_not_active_now'],
    ['Thursday 18:00 in New York', '2026-03-12T22:00:00Z', 'voucher_not_active_now'],
    ['Friday 17:30 UTC, 13:30 in New York', '2026-03-13T17:30:00Z', 'voucher_not_active_now'],
  ])('happy hour: %s', async (_, at, expected) => {
    const ny = open('America/New_York', happyHour);
    expect(await validateAt(ny, at)).toBe(expected);
  });

  it('reads validity_day_of_week in the project time zone', async () => {
    // 2026-03-15 is a Sunday; 23:30 UTC is already Monday in Berlin.
    const berlin = open('Europe/Berlin', { validity_day_of_week: [1] });
    expect(await validateAt(berlin, '2026-03-15T23:30:00Z')).toBe('APPLICABLE');
    opened?.engine.close();
    const utc = open('UTC', { validity_day_of_week: [1] });
    expect(await validateAt(utc, '2026-03-15T23:30:00Z')).toBe('voucher_not_active_now');
  });

  it('refuses an unknown time zone and a period that ends before it starts', () => {
    expect(() => parseSeed({ version: 1, time_zone: 'Mars/Olympus' })).toThrow(
      /time_zone: must be an IANA time zone/,
    );
    expect(() =>
      parseSeed({
        version: 1,
        campaigns: [
          {
            id: 'camp_X',
            name: 'X',
            type: 'DISCOUNT_COUPONS',
            validity_hours: { daily: [{ start_time: '19:00', expiration_time: '17:00', days_of_week: [1] }] },
            vouchers: [{ id: 'v_X', code: 'X', discount: { type: 'AMOUNT', amount_off: 1 } }],
          },
        ],
      }),
    ).toThrow(/start_time must come before expiration_time/);
  });
});
