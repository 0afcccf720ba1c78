import { PromoError } from '@promokit/core';
import {
  type CryptoKey,
  type JWTPayload,
  type JWTVerifyGetKey,
  createRemoteJWKSet,
  errors,
  importSPKI,
  jwtVerify,
} from 'jose';

import type { Identify, Shopper } from './identity.js';

/**
 * Options of {@link jwtIdentity}. Give exactly one key: `secret`, `publicKey` or `jwksUrl`; the key
 * decides which algorithms a token may be signed with, never the token's own header.
 */
export interface JwtIdentityOptions {
  /**
   * The secret the sign-in server shares with the BFF, at least 32 characters (its UTF-8 bytes are
   * the key): tokens signed HS256 only.
   */
  secret?: string;
  /**
   * The sign-in server's public key in PEM (`-----BEGIN PUBLIC KEY-----`, SPKI): an RSA key
   * (2048 bits or more) admits RS256 tokens only, an EC P-256 key ES256 tokens only.
   */
  publicKey?: string;
  /**
   * Where the sign-in server publishes its public keys as a JSON Web Key Set (`https:`; `http:`
   * only for a loopback host): RS256 and ES256 tokens, the key picked by the token's `kid`. The set
   * is fetched on the first token, kept 10 minutes, and fetched again (at most every 30 s) when a
   * token names a key it lacks, so keys can be rotated; a set that cannot be fetched within 2 s
   * answers 503 `unavailable`.
   */
  jwksUrl?: string | URL;
  /** The `iss` a token must carry (one of them, for a list); unchecked when unset. */
  issuer?: string | readonly string[];
  /** The `aud` a token must carry (one of them, for a list); unchecked when unset. */
  audience?: string | readonly string[];
  /** How far the BFF's clock and the sign-in server's may disagree on `exp` and `nbf`; default 30 s. */
  clockToleranceSeconds?: number;
  /** Read the token from `Authorization: Bearer <token>`; default `true`. */
  header?: boolean;
  /** Also read the token from this cookie (e.g. `shop_session`); by default no cookie is read. */
  cookieName?: string;
  /** The claim whose string is the customer's `source_id` upstream; default `sub`. */
  sourceIdClaim?: string;
  /**
   * Claims sent upstream as the customer's metadata, trait name → claim name, e.g. `{ email:
   * 'email', tier: 'https://shop.example/tier' }`; claims that are missing, or not a string,
   * number or boolean, are left out.
   */
  metadataClaims?: Readonly<Record<string, string>>;
  /**
   * Who the verified claims name, replacing `sourceIdClaim` and `metadataClaims`; `null` for a
   * guest.
   */
  shopper?: (claims: JWTPayload) => Shopper | null;
}

/** An {@link Identify} hook from {@link jwtIdentity}. */
export interface JwtIdentify extends Identify {
  /**
   * Resolves, once the key is ready to verify tokens, to the algorithms a token may be signed with
   * (`['HS256']`, `['RS256']`, `['ES256']`, or `['RS256', 'ES256']` from a JWKS); rejects with a
   * TypeError when `publicKey` is neither an RSA nor an EC P-256 public key. Await it at start-up
   * to stop on a bad key; without it, such a key fails every signed-in request with a server error.
   */
  ready(): Promise<readonly string[]>;
}

/** Longest token read, in characters: larger ones are refused before anything is decoded. */
export const MAX_TOKEN_CHARS = 8192;

const CLOCK_TOLERANCE_SECONDS = 30;
const JWKS_TIMEOUT_MS = 2000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Identifies shoppers by a JSON Web Token their storefront's sign-in server signs, verified with
 * `jose` (Web Crypto, so on Node and Edge runtimes alike; RFC 7519, RFC 7515): the customer is its
 * `sub` claim (see `sourceIdClaim`, `metadataClaims`, `shopper`). A token must be signed with an
 * algorithm its key admits (`none` never is, nor HS256 with a public key), carry `exp`, be within
 * its `nbf`/`exp` (give or take `clockToleranceSeconds`), and carry `issuer` and `audience` when
 * they are set.
 *
 * A request without a token is a guest. One whose token fails any check, is larger than
 * {@link MAX_TOKEN_CHARS}, names no customer, or differs between the header and the cookie fails
 * with PromoError `unauthorized` (401): the BFF answers the error body and logs why, never the
 * token. A JWKS that cannot be fetched fails it with `unavailable` (503).
 *
 * @throws TypeError when not exactly one of `secret`, `publicKey` and `jwksUrl` is given, the secret
 *   has fewer than 32 characters, `publicKey` is not PEM, `jwksUrl` is not `https:` (or `http:` on
 *   a loopback host), `clockToleranceSeconds` is negative, or the token is read from nowhere.
 */
export function jwtIdentity(options: JwtIdentityOptions): JwtIdentify {
  const given = (['secret', 'publicKey', 'jwksUrl'] as const).filter((name) => options[name] !== undefined);
  if (given.length !== 1) {
    throw new TypeError(
      `jwtIdentity: give exactly one of secret, publicKey and jwksUrl${given.length ? `, not ${given.join(' and ')}` : ''}`,
    );
  }
  const clockTolerance = options.clockToleranceSeconds ?? CLOCK_TOLERANCE_SECONDS;
  if (!(Number.isFinite(clockTolerance) && clockTolerance >= 0))
    throw new TypeError(
      `jwtIdentity: clockToleranceSeconds must be a non-negative number, got ${clockTolerance}`,
    );
  const readHeader = options.header ?? true;
  if (!readHeader && !options.cookieName)
    throw new TypeError('jwtIdentity: with header: false, give the cookieName to read the token from');

  const verification = keyOf(options);
  // A bad public key is reported by `ready()` and by every request; never as an unhandled rejection.
  verification.catch(() => undefined);
  const remote = options.jwksUrl !== undefined;
  const sourceIdClaim = options.sourceIdClaim ?? 'sub';
  const toShopper =
    options.shopper ?? ((claims: JWTPayload) => claimsShopper(claims, sourceIdClaim, options.metadataClaims));
  const checks = {
    clockTolerance,
    requiredClaims: ['exp'],
    ...(options.issuer === undefined ? {} : { issuer: [options.issuer].flat() }),
    ...(options.audience === undefined ? {} : { audience: [options.audience].flat() }),
  };

  const identify = async (request: Request): Promise<Shopper | null> => {
    const token = tokenOf(request, readHeader, options.cookieName);
    if (token === null) return null;
    const { key, algorithms } = await verification;
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, key, { ...checks, algorithms: [...algorithms] }));
    } catch (error) {
      throw refusal(error, remote);
    }
    const shopper = toShopper(claims);
    if (shopper && !shopper.sourceId)
      throw unauthorized(`The sign-in token names no customer (${sourceIdClaim})`);
    return shopper;
  };
  return Object.assign(identify, {
    ready: async () => (await verification).algorithms,
  });
}

/** A key, and the only algorithms tokens checked with it may use. */
interface VerificationKey {
  key: Uint8Array | CryptoKey | JWTVerifyGetKey;
  algorithms: readonly string[];
}

function keyOf(options: JwtIdentityOptions): Promise<VerificationKey> {
  if (options.secret !== undefined) {
    if (options.secret.length < 32)
      throw new TypeError('jwtIdentity: the secret needs at least 32 characters');
    return Promise.resolve({ key: new TextEncoder().encode(options.secret), algorithms: ['HS256'] });
  }
  if (options.publicKey !== undefined) {
    const pem = options.publicKey.trim();
    if (!pem.startsWith('-----BEGIN PUBLIC KEY-----'))
      throw new TypeError('jwtIdentity: publicKey must be a PEM public key (-----BEGIN PUBLIC KEY-----)');
    // The key's type decides its one algorithm: an RSA key imports only for RS256, a P-256 key only
    // for ES256, so a token can never choose how it is checked.
    return importSPKI(pem, 'RS256')
      .then((rsa) => ({ key: rsa, algorithms: ['RS256'] }))
      .catch(() => importSPKI(pem, 'ES256').then((ec) => ({ key: ec, algorithms: ['ES256'] })))
      .catch((cause: unknown) => {
        throw new TypeError('jwtIdentity: publicKey is neither an RSA nor an EC P-256 public key', { cause });
      });
  }
  const url = new URL(options.jwksUrl ?? '');
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))))
    throw new TypeError(
      `jwtIdentity: jwksUrl must be https: (http: only on a loopback host), got ${url.href}`,
    );
  const jwks = createRemoteJWKSet(url, { timeoutDuration: JWKS_TIMEOUT_MS });
  return Promise.resolve({ key: jwks, algorithms: ['RS256', 'ES256'] });
}

/**
 * The request's token, or `null` when it carries none.
 *
 * @throws PromoError `unauthorized` for an empty or oversized token, or two different ones.
 */
function tokenOf(request: Request, readHeader: boolean, cookieName: string | undefined): string | null {
  const tokens = new Set<string>();
  const authorization = readHeader ? request.headers.get('authorization') : null;
  // Another scheme (Basic, for a proxy's own password) is not a sign-in token.
  if (authorization && /^bearer(\s|$)/i.test(authorization)) {
    const token = authorization.slice('bearer'.length).trim();
    if (!token) throw unauthorized('The Authorization header carries no token');
    tokens.add(token);
  }
  if (cookieName) {
    for (const part of request.headers.get('cookie')?.split(';') ?? []) {
      const separator = part.indexOf('=');
      if (separator > 0 && part.slice(0, separator).trim() === cookieName) {
        const token = part.slice(separator + 1).trim();
        // An emptied cookie is how a sign-out is often written: a guest.
        if (token) tokens.add(token);
      }
    }
  }
  if (tokens.size > 1) throw unauthorized('The request carries different sign-in tokens');
  const [token] = tokens;
  if (token === undefined) return null;
  if (token.length > MAX_TOKEN_CHARS)
    throw unauthorized(`The sign-in token is longer than ${MAX_TOKEN_CHARS} characters`);
  return token;
}

/** The shopper of verified `claims` by the default mapping; `source_id` must be a non-empty string. */
function claimsShopper(
  claims: JWTPayload,
  sourceIdClaim: string,
  metadataClaims: Readonly<Record<string, string>> = {},
): Shopper {
  const sourceId = claims[sourceIdClaim];
  if (typeof sourceId !== 'string' || !sourceId.trim())
    throw unauthorized(`The sign-in token names no customer (${sourceIdClaim})`);
  const metadata: Record<string, string | number | boolean> = {};
  for (const [trait, claim] of Object.entries(metadataClaims)) {
    const value = claims[claim];
    if (
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value))
    )
      metadata[trait] = value;
  }
  return Object.keys(metadata).length ? { sourceId, metadata } : { sourceId };
}

function unauthorized(message: string, cause?: unknown): PromoError {
  return new PromoError('unauthorized', message, { status: 401, cause });
}

/** The error a failed verification answers: 401 for the token, 503 when the keys cannot be fetched. */
function refusal(error: unknown, remote: boolean): unknown {
  if (error instanceof errors.JWTExpired) return unauthorized('The sign-in token expired', error);
  const keysUnreachable =
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    (error instanceof errors.JOSEError && error.code === errors.JOSEError.code) ||
    !(error instanceof errors.JOSEError);
  if (remote && keysUnreachable) {
    return new PromoError('unavailable', 'The sign-in keys could not be fetched; retry shortly', {
      status: 503,
      retryAfter: 1,
      cause: error,
    });
  }
  if (error instanceof errors.JOSEError) return unauthorized('The sign-in token is not valid', error);
  return error;
}
