import { createHmac, randomUUID } from 'node:crypto';

import type { Engine, SeedInput } from '@promokit/engine';
import { Hono } from 'hono';
import { z } from 'zod';

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

  return new Hono()
    .get('/campaigns', (c) => c.json(engine.campaigns()))
    .post('/campaigns/:id', async (c) => {
      const body = z.object({ active: z.boolean() }).safeParse(await c.req.json().catch(() => null));
      if (!body.success) return c.json({ error: 'Send { "active": true | false }' }, 400);
      const campaign = engine.setCampaignActive(c.req.param('id'), body.data.active);
      if (!campaign) return c.json({ error: 'No such campaign' }, 404);
      await notify(body.data.active ? 'campaign.enabled' : 'campaign.disabled', { object: campaign });
      return c.json(campaign);
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
