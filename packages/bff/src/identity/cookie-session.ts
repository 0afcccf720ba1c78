import { PromoError } from '@promokit/core';
import { Hono } from 'hono';
import { LRUCache } from 'lru-cache';
import { decodeBase64Url, encodeBase64Url } from 'hono/utils/encode';
import { z } from 'zod';

import type { BffEnv } from '../bff-env.js';
import { hmacSha256 } from '../hmac-sha256.js';
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
  /** Whether its cookie is `Secure` (`CookieSessionOptions.secure`); the guest id cookie follows it. */
  readonly secure: boolean;
  /**
   * A `Set-Cookie` value starting a new session as `personaId`.
   *
   * @throws TypeError for a persona not in `personas`.
   */
  issue(personaId: string): Promise<string>;
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
 * signed and verified in constant time with Web Crypto, so it runs on Node and Edge runtimes
 * alike), for demos and storefronts without their own sign-in. A tampered or foreign cookie counts
 * as none. The cookie is `HttpOnly` and `SameSite=Lax`.
 *
 * @throws TypeError when `secret` has fewer than 32 characters or `personas` is empty.
 */
export function cookieSession(options: CookieSessionOptions): CookieSession {
  if (options.secret.length < 32)
    throw new TypeError('cookieSession: the secret needs at least 32 characters');
  const [fallback] = options.personas;
  if (!fallback) throw new TypeError('cookieSession: give at least one persona');
  const name = options.cookieName ?? 'promokit_session';
  const maxAge = options.maxAgeSeconds ?? 7 * 24 * 3600;
  const byId = new Map(options.personas.map((persona) => [persona.id, persona]));
  const hmac = hmacSha256(options.secret);
  // `identify` and `sessionOf` both read the cookie of every request: verify it once.
  const verified = new WeakMap<Request, Promise<Payload | null>>();
  // A cookie whose signature was checked once is the same signed value on every later request
  // of its shopper: its payload is kept, so a busy instance does not verify it on each request
  // (Web Crypto's HMAC is a job on its own, not a cheap call). Bounded, least recent dropped first.
  const known = new LRUCache<string, Payload>({ max: 10_000 });

  function read(request: Request): Promise<Payload | null> {
    let payload = verified.get(request);
    if (payload === undefined) {
      payload = verify(request);
      verified.set(request, payload);
    }
    return payload;
  }

  async function verify(request: Request): Promise<Payload | null> {
    const raw = cookieValue(request.headers.get('cookie'), name);
    if (raw === undefined) return null;
    const seen = known.get(raw);
    if (seen) return seen;
    const [data, signature] = raw.split('.');
    if (!data || !signature || !(await hmac.verifyHex(data, signature))) return null;
    const parsed = payloadSchema.safeParse(parseJson(fromBase64Url(data)));
    if (!parsed.success || !byId.has(parsed.data.persona)) return null;
    known.set(raw, parsed.data);
    return parsed.data;
  }

  async function issue(personaId: string): Promise<string> {
    if (!byId.has(personaId)) throw new TypeError(`cookieSession: no persona ${personaId}`);
    const payload = JSON.stringify({ sid: globalThis.crypto.randomUUID(), persona: personaId });
    const data = encodeBase64Url(encoder.encode(payload).buffer).replace(/=+$/, '');
    const secure = (options.secure ?? true) ? '; Secure' : '';
    return `${name}=${data}.${await hmac.signHex(data)}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
  }

  const personaOf = async (request: Request): Promise<Persona> =>
    byId.get((await read(request))?.persona ?? '') ?? fallback;
  const describe = (current: Persona) => ({
    persona: current.id,
    personas: options.personas.map(({ id, label }) => ({ id, label })),
  });

  const routes = new Hono<BffEnv>();
  routes.get('/session', async (c) => {
    // A visitor without a session gets one as the default persona, so that what they do (an
    // order to roll back, failed attempts) belongs to them from the first page.
    if (!(await read(c.req.raw))) c.header('set-cookie', await issue(fallback.id));
    return c.json(describe(await personaOf(c.req.raw)));
  });
  routes.post('/session', async (c) => {
    const body = z.object({ persona: z.string() }).safeParse(await c.req.json().catch(() => null));
    const persona = body.success ? byId.get(body.data.persona) : undefined;
    if (!persona)
      throw new PromoError('bad_request', 'persona: unknown persona', { status: 400, path: 'persona' });
    c.header('set-cookie', await issue(persona.id));
    return c.json(describe(persona));
  });

  return {
    identify: async (request) => (await personaOf(request)).shopper,
    sessionOf: async (request) => (await read(request))?.sid ?? null,
    secure: options.secure ?? true,
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

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The UTF-8 text in `data` (base64url), or `undefined` when it is not base64url. */
function fromBase64Url(data: string): string | undefined {
  try {
    return decoder.decode(decodeBase64Url(data));
  } catch {
    return undefined;
  }
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
