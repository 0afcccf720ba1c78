import { randomBytes } from 'node:crypto';

/** Kinds of ids the engine mints, with Voucherify's prefixes: `valid_…`, `v-…`, `ssn_…`. */
export type IdKind =
  | 'validation'
  | 'request'
  | 'session'
  | 'customer'
  | 'order'
  | 'redemption'
  | 'failed_redemption'
  | 'rollback'
  | 'failed_rollback'
  | 'event';

const HEX_PREFIXES: Record<Exclude<IdKind, 'session'>, string> = {
  validation: 'valid_',
  request: 'v-',
  customer: 'cust_',
  order: 'ord_',
  redemption: 'r_',
  failed_redemption: 'rf_',
  rollback: 'rr_',
  failed_rollback: 'rrf_',
  event: 'evcus_',
};

/** Mints a new id of the given kind. */
export type NewId = (kind: IdKind) => string;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random letters and digits, for session keys. */
function base62(length: number): string {
  // 62 * 4 = 248 < 256: rejecting bytes >= 248 keeps every character equally likely.
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

/**
 * Mints random ids shaped like Voucherify's: a prefix (`valid_`, `v-`, `cust_`, `ord_`, `r_`, `rf_`,
 * `rr_`, `rrf_`, `evcus_`) + 18 hex, or `ssn_` + 32 letters and digits.
 */
export const newId: NewId = (kind) =>
  kind === 'session' ? `ssn_${base62(32)}` : `${HEX_PREFIXES[kind]}${randomBytes(9).toString('hex')}`;
