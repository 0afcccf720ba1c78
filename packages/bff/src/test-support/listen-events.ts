import type { Hono } from 'hono';

import type { BffEnv } from '../bff-env.js';

/** A storefront connected to `GET /events`. */
export interface EventListener {
  /** The next SSE event (name and JSON data), waiting for it. */
  next(): Promise<{ event: string; data: unknown }>;
  /** Disconnects. */
  close(): void;
}

/** Connects to a BFF's `GET /events` like a storefront and reads its events; fails unless `ready` comes first. */
export async function listenEvents(app: Hono<BffEnv>): Promise<EventListener> {
  const controller = new AbortController();
  const response = await app.request('/events', { signal: controller.signal });
  if (!response.headers.get('content-type')?.includes('text/event-stream') || !response.body)
    throw new Error(`GET /events answered ${response.status} without an event stream`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  async function next(): Promise<{ event: string; data: unknown }> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) => block.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1];
        const event = field('event');
        if (event) return { event, data: JSON.parse(field('data') ?? 'null') };
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += value;
    }
  }
  const first = await next();
  if (first.event !== 'ready') throw new Error(`GET /events began with ${first.event}, not ready`);
  return { next, close: () => controller.abort() };
}
