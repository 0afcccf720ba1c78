import type { JwtIdentityOptions } from './jwt-identity.js';

/** The environment variables {@link jwtOptionsFromEnv} reads. */
export const JWT_ENV = [
  'PROMOKIT_JWT_SECRET',
  'PROMOKIT_JWT_PUBLIC_KEY',
  'PROMOKIT_JWT_JWKS_URL',
  'PROMOKIT_JWT_ISSUER',
  'PROMOKIT_JWT_AUDIENCE',
  'PROMOKIT_JWT_COOKIE',
  'PROMOKIT_JWT_SOURCE_ID_CLAIM',
  'PROMOKIT_JWT_METADATA_CLAIMS',
] as const;

const KEYS: readonly string[] = ['PROMOKIT_JWT_SECRET', 'PROMOKIT_JWT_PUBLIC_KEY', 'PROMOKIT_JWT_JWKS_URL'];

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The `jwtIdentity` options `promokit-bff` takes from its environment, or `undefined` when no
 * `PROMOKIT_JWT_*` variable is set:
 *
 * - one key: `PROMOKIT_JWT_SECRET` (HS256), `PROMOKIT_JWT_PUBLIC_KEY` (PEM, RS256 or ES256 by the
 *   key; `\n` escapes stand for line breaks, as in `.env` files) or `PROMOKIT_JWT_JWKS_URL`;
 * - `PROMOKIT_JWT_ISSUER`, `PROMOKIT_JWT_AUDIENCE`: the accepted `iss` and `aud`, comma-separated;
 * - `PROMOKIT_JWT_COOKIE`: also read the token from this cookie (the Bearer header always is);
 * - `PROMOKIT_JWT_SOURCE_ID_CLAIM`: the customer's claim, default `sub`;
 * - `PROMOKIT_JWT_METADATA_CLAIMS`: claims sent as customer metadata, `email,tier=https://…/tier`
 *   (`trait=claim`, or a claim under its own name).
 *
 * @throws TypeError naming the variables when some are set but not exactly one key, or an entry of
 *   `PROMOKIT_JWT_METADATA_CLAIMS` is empty on either side of its `=`.
 */
export function jwtOptionsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): JwtIdentityOptions | undefined {
  const set = JWT_ENV.filter((name) => env[name]);
  if (!set.length) return undefined;
  const {
    PROMOKIT_JWT_SECRET: secret,
    PROMOKIT_JWT_PUBLIC_KEY: publicKey,
    PROMOKIT_JWT_JWKS_URL: jwksUrl,
  } = env;
  const keys = set.filter((name) => KEYS.includes(name));
  if (keys.length !== 1) {
    throw new TypeError(
      keys.length
        ? `Set one of ${keys.join(' and ')}, not both: each is a key of its own`
        : `${set.join(', ')} set without a key: set PROMOKIT_JWT_SECRET, PROMOKIT_JWT_PUBLIC_KEY or PROMOKIT_JWT_JWKS_URL`,
    );
  }
  const metadataClaims: Record<string, string> = {};
  for (const entry of list(env.PROMOKIT_JWT_METADATA_CLAIMS)) {
    const separator = entry.indexOf('=');
    const trait = (separator < 0 ? entry : entry.slice(0, separator)).trim();
    const claim = (separator < 0 ? entry : entry.slice(separator + 1)).trim();
    if (!trait || !claim)
      throw new TypeError(
        `PROMOKIT_JWT_METADATA_CLAIMS: ${JSON.stringify(entry)} is not trait=claim or claim`,
      );
    metadataClaims[trait] = claim;
  }
  const issuer = list(env.PROMOKIT_JWT_ISSUER);
  const audience = list(env.PROMOKIT_JWT_AUDIENCE);
  return {
    ...(secret ? { secret } : {}),
    ...(publicKey ? { publicKey: publicKey.replace(/\\n/g, '\n') } : {}),
    ...(jwksUrl ? { jwksUrl } : {}),
    ...(issuer.length ? { issuer } : {}),
    ...(audience.length ? { audience } : {}),
    ...(env.PROMOKIT_JWT_COOKIE ? { cookieName: env.PROMOKIT_JWT_COOKIE } : {}),
    ...(env.PROMOKIT_JWT_SOURCE_ID_CLAIM ? { sourceIdClaim: env.PROMOKIT_JWT_SOURCE_ID_CLAIM } : {}),
    ...(Object.keys(metadataClaims).length ? { metadataClaims } : {}),
  };
}
