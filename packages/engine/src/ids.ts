import { randomBytes } from 'node:crypto';

/** Kinds of ids the engine mints, with Voucherify's prefixes: `valid_…`, `v-…`, `ssn_…`. */
export type IdKind = 'validation' | 'request' | 'session';

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

/** Mints random ids shaped like Voucherify's: `valid_` + 18 hex, `v-` + 18 hex, `ssn_` + 32 letters and digits. */
export const newId: NewId = (kind) => {
  switch (kind) {
    case 'validation':
      return `valid_${randomBytes(9).toString('hex')}`;
    case 'request':
      return `v-${randomBytes(9).toString('hex')}`;
    case 'session':
      return `ssn_${base62(32)}`;
  }
};
