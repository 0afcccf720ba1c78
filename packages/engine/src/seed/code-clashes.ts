import { codeKeyOf } from '../model/code-key.js';

/** What {@link codeClashes} reads of a seed. */
interface SeedCodes {
  campaigns: readonly ({ type: string } | { type: string; vouchers: readonly { code: string }[] })[];
}

/** A code that names a voucher an earlier code of the seed already names. */
export interface CodeClash {
  /** Where the later code is: `['campaigns', 2, 'vouchers', 0, 'code']`. */
  path: (string | number)[];
  message: string;
}

/**
 * Codes of a seed that name a voucher an earlier code already names, under the project's matching
 * (`case_sensitive_codes`, see {@link codeKeyOf}): in a case-insensitive project `SUMMER10` and
 * `summer10` are one code, so a seed may hold only one of them.
 */
export function codeClashes(seed: SeedCodes, caseSensitive: boolean): CodeClash[] {
  const key = codeKeyOf(caseSensitive);
  const seen = new Map<string, string>();
  const clashes: CodeClash[] = [];
  seed.campaigns.forEach((campaign, c) =>
    ('vouchers' in campaign ? campaign.vouchers : []).forEach(({ code }, v) => {
      const earlier = seen.get(key(code));
      if (earlier === undefined) {
        seen.set(key(code), code);
        return;
      }
      const project = caseSensitive ? 'case-sensitive' : 'case-insensitive';
      clashes.push({
        path: ['campaigns', c, 'vouchers', v, 'code'],
        message:
          earlier === code
            ? `duplicate code ${code}`
            : `duplicate code ${code}: the same code as ${earlier} in a ${project} project`,
      });
    }),
  );
  return clashes;
}
