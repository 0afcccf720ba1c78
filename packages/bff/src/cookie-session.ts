import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

import { PromoError } from '@promokit/core';
import { Hono } from 'hono';
import { z } from 'zod';

import type { BffEnv } from './bff-env.js';
import type { Identify, SessionOf } from './identity.js';
import type { Persona } from './persona.js';

/** Options of {@link cookieSession}. */
export interface CookieSessionOptions {
  /** Key of the cookie's HMAC-SHA256 signature; at least 32 characters. */
  secret: string;
  /** Who can shop; the first is the default for a request without a valid cookie. */
  personas: readonly Persona[];
  /** Default `promokit_session`. */
  cookieName?: string;
  /** Cookie lifetime in seconds; default 7 days. */
  maxAgeSeconds?: number;
  /** Mark the cookie `Secure` (HTTPS only); default true. */
  secure?: boolean;
}

/** A signed-cookie session: who shops, their session id, and the routes that switch persona. */
export interface CookieSession {
  /** The persona's shopper, from a valid cookie; the default persona's otherwise. */
  identify: Identify;
  /** The session id in a valid cookie, or `null`. */
  sessionOf: SessionOf;
  /** A `Set-Cookie` value starting a new session as `personaId`. */
  issue(personaId: string): string;
  /**
   * `GET /session` answers the current persona and the list, starting a session as the default
   * persona when the request has none; `POST /session` with `{ persona }` starts a new session as
   * that persona and sets the cookie.
   */
  routes: Hono<BffEnv>;
}

const payloadSchema = z.object({ sid: z.string(), persona: z.string() });
type Payload = z.infer<typeof payloadSchema>;

/**
 * Sessions in an HMAC-signed cookie (`payload.signature`, base64url JSON and hex HMAC-SHA256,
 * compared in constant time), for demos and storefronts without their own sign-in. A tampered or
 * foreign cookie counts as none. The cookie is `HttpOnly` and `SameSite=Lax`.
 */
export function cookieSession(options: CookieSessionOptions): CookieSession {
  if (options.secret.length < 32)
    throw new TypeError('cookieSession: the secret needs at least 32 characters');
  const [fallback] = options.personas;
  if (!fallback) throw new TypeError('cookieSession: give at least one persona');
  const name = options.cookieName ?? 'promokit_session';
  const maxAge = options.maxAgeSeconds ?? 7 * 24 * 3600;
  const byId = new Map(options.personas.map((persona) => [persona.id, persona]));
  const sign = (data: string) => createHmac('sha256', options.secret).update(data).digest('hex');
  // `identify` and `sessionOf` both read the cookie of every request: verify it once.
  const verified = new WeakMap<Request, Payload | null>();

  function read(request: Request): Payload | null {
    let payload = verified.get(request);
    if (payload === undefined) {
      payload = verify(request);
      verified.set(request, payload);
    }
    return payload;
  }

  function verify(request: Request): Payload | null {
    const raw = cookieValue(request.headers.get('cookie'), name);
    const [data, signature] = raw?.split('.') ?? [];
    if (!data || !signature || !sameHex(signature, sign(data))) return null;
    const parsed = payloadSchema.safeParse(parseJson(Buffer.from(data, 'base64url').toString()));
    return parsed.success && byId.has(parsed.data.persona) ? parsed.data : null;
  }

  function issue(personaId: string): string {
    if (!byId.has(personaId)) throw new TypeError(`cookieSession: no persona ${personaId}`);
    const data = Buffer.from(JSON.stringify({ sid: randomUUID(), persona: personaId })).toString('base64url');
    const secure = (options.secure ?? true) ? '; Secure' : '';
    return `${name}=${data}.${sign(data)}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
  }

  const personaOf = (request: Request): Persona => byId.get(read(request)?.persona ?? '') ?? fallback;
  const describe = (current: Persona) => ({
    persona: current.id,
    personas: options.personas.map(({ id, label }) => ({ id, label })),
  });

  const routes = new Hono<BffEnv>();
  routes.get('/session', (c) => {
    // A visitor without a session gets one as the default persona, so that what they do (an
    // order to roll back, failed attempts) belongs to them from the first page.
    if (!read(c.req.raw)) c.header('set-cookie', issue(fallback.id));
    return c.json(describe(personaOf(c.req.raw)));
  });
  routes.post('/session', async (c) => {
    const body = z.object({ persona: z.string() }).safeParse(await c.req.json().catch(() => null));
    const persona = body.success ? byId.get(body.data.persona) : undefined;
    if (!persona)
      throw new PromoError('bad_request', 'persona: unknown persona', { status: 400, path: 'persona' });
    c.header('set-cookie', issue(persona.id));
    return c.json(describe(persona));
  });

  return {
    identify: (request) => personaOf(request).shopper,
    sessionOf: (request) => read(request)?.sid ?? null,
    issue,
    routes,
  };
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function sameHex(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
