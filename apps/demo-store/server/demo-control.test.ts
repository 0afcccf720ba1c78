import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serve } from '@hono/node-server';
import { demoSeed, openEngine } from '@promokit/engine';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type DemoCampaign, demoControl } from './demo-control.js';

const dir = mkdtempSync(join(tmpdir(), 'promokit-demo-control-'));
const seed = demoSeed();
const engine = openEngine({ file: join(dir, 'engine.sqlite'), seed });
let online = true;
let origin = '';
let close: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  const app = new Hono().route(
    '/demo',
    demoControl({
      engine,
      seed,
      // Never reached by these tests: every change they make is refused or needs no webhook.
      webhookUrl: 'http://127.0.0.1:9/unreachable',
      webhookSecret: 'test-secret',
      upstreamOnline: () => online,
      async setUpstreamOnline(next) {
        online = next;
      },
    }),
  );
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close();
  engine.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What a page on another site can send without a preflight: a `text/plain` POST, with no cookie. */
const crossSite = (path: string, body: unknown) =>
  fetch(`${origin}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      origin: 'https://attacker.example',
      'sec-fetch-site': 'cross-site',
    },
    body: JSON.stringify(body),
  });

const welcome = () => engine.campaigns().find((campaign) => campaign.name === 'Welcome 10%')!;

describe('the sales panel routes', () => {
  it('refuse a cross-origin text/plain POST that would take promotions offline', async () => {
    const response = await crossSite('/demo/upstream', { online: false });
    expect(response.status).toBe(403);
    expect(online).toBe(true);
  });

  it('refuse a cross-origin text/plain POST that would switch a campaign off', async () => {
    const response = await crossSite(`/demo/campaigns/${welcome().id}`, { active: false });
    expect(response.status).toBe(403);
    expect(welcome().active).toBe(true);
  });

  it('refuse a cross-origin reset', async () => {
    expect((await crossSite('/demo/reset', {})).status).toBe(403);
  });

  it('refuse a same-origin change that is not JSON', async () => {
    const response = await fetch(`${origin}/demo/upstream`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ online: false }),
    });
    expect(response.status).toBe(415);
    expect(online).toBe(true);
  });

  it('refuse a JSON change from another origin', async () => {
    const response = await fetch(`${origin}/demo/upstream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://attacker.example' },
      body: JSON.stringify({ online: false }),
    });
    expect(response.status).toBe(403);
    expect(online).toBe(true);
  });

  it('take a same-origin JSON change', async () => {
    const send = (next: boolean) =>
      fetch(`${origin}/demo/upstream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' },
        body: JSON.stringify({ online: next }),
      });
    const off = await send(false);
    expect(off.status).toBe(200);
    expect(await off.json()).toEqual({ online: false });
    expect(online).toBe(false);
    expect((await send(true)).status).toBe(200);
    expect(online).toBe(true);
  });

  it('list each campaign with its codes, its type in words, and expired, scheduled and paused ones as such', async () => {
    const campaigns = (await (await fetch(`${origin}/demo/campaigns`)).json()) as DemoCampaign[];
    const byName = (name: string) => campaigns.find((campaign) => campaign.name === name);
    expect(campaigns).toHaveLength(engine.campaigns().length);
    expect(byName('Welcome 10%')).toMatchObject({
      codes: ['WELCOME10'],
      kind: 'Discount codes',
      status: 'active',
    });
    expect(byName('Spring sale 2025')).toMatchObject({ codes: ['OLDSPRING'], status: 'expired' });
    expect(byName('Autumn preview 2030')).toMatchObject({ codes: ['AUTUMN20'], status: 'scheduled' });
    expect(byName('Paused partner code')).toMatchObject({ codes: ['PAUSED5'], status: 'paused' });
    expect(byName('Mug trio')).toMatchObject({ codes: [], kind: 'Automatic promotion' });
    expect(byName('Gift cards')).toMatchObject({ codes: ['GIFT-5000-DEMO'], kind: 'Gift cards' });
    for (const campaign of campaigns) expect(campaign.kind).not.toMatch(/_/);
  });
});
