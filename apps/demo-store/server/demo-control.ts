import { createHmac, randomUUID } from 'node:crypto';

import type { Engine, SeedInput } from '@promokit/engine';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';

/** How a campaign stands for the sales panel, in the words the panel shows. */
export type CampaignStatus = 'active' | 'switched off' | 'expired' | 'scheduled' | 'paused';

/** A campaign as the sales panel lists it: its codes, its type in words, and how it stands. */
export interface DemoCampaign {
  id: string;
  name: string;
  /** Voucherify's campaign type, e.g. `DISCOUNT_COUPONS`. */
  type: string;
  /** The type in words, e.g. "Discount codes". */
  kind: string;
  /** Whether the campaign is switched on (what the panel's button changes). */
  active: boolean;
  status: CampaignStatus;
  /** Its codes as the seed publishes them; none for automatic promotions. */
  codes: string[];
  /** ISO dates, when the campaign has them. */
  startDate?: string;
  expirationDate?: string;
}

/** What kind of campaign each Voucherify campaign type is, in the words the sales panel shows (English; the store translates them). */
export const KINDS: Record<string, string> = {
  DISCOUNT_COUPONS: 'Discount codes',
  PROMOTION: 'Automatic promotion',
  GIFT_VOUCHERS: 'Gift cards',
  LOYALTY_PROGRAM: 'Loyalty program',
  REFERRAL_PROGRAM: 'Referral program',
};

/**
 * Refuses a change that another web page could make on the sales team's behalf: a body that is
 * not JSON (what a cross-origin form or `text/plain` fetch sends without a preflight) with 415,
 * and a request a browser marks as coming from another origin (`Origin`, `Sec-Fetch-Site`) with
 * 403. Requests without those headers come from no browser page (curl, scripts) and pass.
 */
export const sameOriginJson: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  if (
    (site !== undefined && site !== 'same-origin') ||
    (origin !== undefined && origin !== new URL(c.req.url).origin)
  ) {
    return c.json({ error: 'The sales panel takes changes only from its own pages' }, 403);
  }
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
    return c.json({ error: 'Send the change as application/json' }, 415);
  }
  return next();
};

/** Options of {@link demoControl}. */
export interface DemoControlOptions {
  engine: Engine;
  /** The seed the demo starts from, restored by `POST /demo/reset`. */
  seed: SeedInput;
  /** Where the BFF receives Voucherify webhooks, and the secret it verifies them with. */
  webhookUrl: string;
  webhookSecret: string;
  /** Whether the engine's HTTP face (the BFF's upstream) is serving. */
  upstreamOnline(): boolean;
  /** Stops or restarts the engine's HTTP face, to show checkout surviving an outage. */
  setUpstreamOnline(online: boolean): Promise<void>;
}

/**
 * The sales panel's server side: list campaigns, switch one off or on, reset the demo data, take
 * the promotions service offline. Every data change is announced to the BFF as Voucherify would
 * announce it: a signed webhook.
 */
export function demoControl(options: DemoControlOptions): Hono {
  const { engine } = options;

  async function notify(type: string, data: Record<string, unknown>): Promise<void> {
    const body = JSON.stringify({
      id: `evt_${randomUUID()}`,
      type,
      created_at: new Date().toISOString(),
      data,
    });
    const signature = createHmac('sha256', options.webhookSecret).update(body).digest('hex');
    const response = await fetch(options.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-voucherify-signature': signature },
      body,
    });
    if (!response.ok) throw new Error(`The BFF refused the ${type} webhook: ${response.status}`);
  }

  function describe(summary: { id: string; name: string; type: string; active: boolean }): DemoCampaign {
    const seeded = options.seed.campaigns?.find((campaign) => campaign.id === summary.id);
    const vouchers = (seeded && 'vouchers' in seeded ? seeded.vouchers : undefined) ?? [];
    const now = Date.now();
    const start = seeded?.start_date;
    const end = seeded?.expiration_date;
    const status: CampaignStatus = !summary.active
      ? 'switched off'
      : end && Date.parse(end) < now
        ? 'expired'
        : start && Date.parse(start) > now
          ? 'scheduled'
          : vouchers.length && vouchers.every((voucher) => 'active' in voucher && voucher.active === false)
            ? 'paused'
            : 'active';
    return {
      ...summary,
      kind: KINDS[summary.type] ?? summary.type.toLowerCase().replaceAll('_', ' '),
      status,
      codes: vouchers.map((voucher) => voucher.code),
      ...(start ? { startDate: start } : {}),
      ...(end ? { expirationDate: end } : {}),
    };
  }

  return new Hono()
    .use(sameOriginJson)
    .get('/campaigns', (c) => c.json(engine.campaigns().map(describe)))
    .post('/campaigns/:id', async (c) => {
      const body = z.object({ active: z.boolean() }).safeParse(await c.req.json().catch(() => null));
      if (!body.success) return c.json({ error: 'Send { "active": true | false }' }, 400);
      const campaign = engine.setCampaignActive(c.req.param('id'), body.data.active);
      if (!campaign) return c.json({ error: 'No such campaign' }, 404);
      await notify(body.data.active ? 'campaign.enabled' : 'campaign.disabled', { object: campaign });
      return c.json(describe(campaign));
    })
    .get('/upstream', (c) => c.json({ online: options.upstreamOnline() }))
    .post('/upstream', async (c) => {
      const body = z.object({ online: z.boolean() }).safeParse(await c.req.json().catch(() => null));
      if (!body.success) return c.json({ error: 'Send { "online": true | false }' }, 400);
      await options.setUpstreamOnline(body.data.online);
      return c.json({ online: options.upstreamOnline() });
    })
    .post('/reset', async (c) => {
      engine.reseed(options.seed);
      await notify('campaign.updated', { reason: 'demo reset' });
      return c.json({ reset: true });
    });
}
