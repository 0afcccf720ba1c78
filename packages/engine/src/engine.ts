import type { ValidationsValidateRequestBody, ValidationsValidateResponseBody } from '@promokit/voucherify';

import { newId } from './ids.js';
import { parseSeed } from './seed/parse-seed.js';
import type { SeedInput } from './seed/seed-schema.js';
import { openDatabase } from './storage/open-database.js';
import { createStore } from './storage/store.js';
import { validateStack, type VoucherCandidate } from './validation/validate-stack.js';

/** Settings of {@link openEngine}. */
export interface EngineOptions {
  /** SQLite file, created when missing (`:memory:` for a throwaway engine). */
  file: string;
  /** Loaded only when the database holds no campaign yet; checked first (see `parseSeed`). */
  seed?: SeedInput;
  /** Clock for dates, TTLs and expiry; defaults to the system clock. */
  now?: () => Date;
}

/** The embedded Voucherify-compatible engine. Synchronous; one instance per SQLite connection. */
export interface Engine {
  /**
   * `POST /v1/validations`: validates the redeemables against the order. A `LOCK` session, when
   * asked for, is stored and reserves one use of each applicable code of a valid validation.
   *
   * @throws {EngineRequestError} when the request as a whole is refused.
   */
  validate(body: ValidationsValidateRequestBody): ValidationsValidateResponseBody;
  /** Replaces every campaign, code, rule and session with `seed`; throws `InvalidSeedError`. */
  reseed(seed: SeedInput): void;
  /** Closes the database. */
  close(): void;
}

/**
 * Opens the engine on a SQLite file: applies pending migrations, then loads `seed` if the database
 * is empty. Data survives a restart on the same file.
 *
 * @throws {InvalidSeedError} when `seed` is invalid (before anything is opened).
 */
export function openEngine({ file, seed, now = () => new Date() }: EngineOptions): Engine {
  const checkedSeed = seed === undefined ? undefined : parseSeed(seed);
  const db = openDatabase(file);
  const store = createStore(db);
  if (checkedSeed !== undefined && store.isEmpty()) store.replaceAll(checkedSeed);

  return {
    validate: (body) =>
      store.transaction(() => {
        const at = now();
        const sessionKey = body.session?.key ?? undefined;
        store.deleteExpiredSessions(at.getTime());
        const vouchers = new Map<string, VoucherCandidate>();
        for (const redeemable of body.redeemables) {
          if (redeemable.object !== 'voucher') continue;
          const voucher = store.findVoucher(redeemable.id);
          if (voucher === undefined) continue;
          vouchers.set(redeemable.id, {
            voucher,
            lockedElsewhere: store.countLocks(voucher.id, at.getTime(), sessionKey),
          });
        }
        const outcome = validateStack({
          request: body,
          vouchers,
          now: at,
          requestId: newId('request'),
          newId,
        });
        if (outcome.session) store.saveSession(outcome.session, outcome.lockedVoucherIds);
        return outcome.response;
      }),
    reseed: (next) => store.replaceAll(parseSeed(next)),
    close: () => db.close(),
  };
}
