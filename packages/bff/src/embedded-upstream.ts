import type { Seed } from '@promokit/engine';
import {
  customerSchema,
  eventsTrackRequestBodySchema,
  qualificationsCheckEligibilityRequestBodySchema,
  redemptionsRedeemRequestBodySchema,
  redemptionsRollbackRequestBodySchema,
  validationsValidateRequestBodySchema,
  VoucherifyApiError,
} from '@promokit/voucherify';
import type { z } from 'zod';

import { EngineNotInstalledError, isNativeBuildMissing } from './engine-not-installed-error.js';
import { loadEngine } from './load-engine.js';
import type { Upstream } from './upstream.js';

// Loaded here rather than imported, so that a missing engine is a typed error, not a link failure.
const { EngineRequestError, openEngine, payWithPointsRewards } = await loadEngine();

/** Opens the engine; a missing native build of better-sqlite3 is {@link EngineNotInstalledError}. */
function open(options: EmbeddedUpstreamOptions) {
  try {
    return openEngine({
      file: options.file,
      ...(options.seed ? { seed: options.seed } : {}),
      ...(options.caseSensitiveCodes === undefined ? {} : { caseSensitiveCodes: options.caseSensitiveCodes }),
    });
  } catch (error) {
    throw isNativeBuildMissing(error) ? new EngineNotInstalledError('native-build', error) : error;
  }
}

/** Options of {@link embeddedUpstream}. */
export interface EmbeddedUpstreamOptions {
  /** SQLite file of the engine; created and migrated when missing. */
  file: string;
  /** Loaded into an empty database. */
  seed?: Seed;
  /** The project's `case_sensitive_codes`, overriding the seed's (see `openEngine`). */
  caseSensitiveCodes?: boolean;
}

/**
 * An {@link Upstream} that runs the embedded engine in this process and calls it directly. Each
 * body is checked with the same Voucherify wire schema the engine's `/v1` HTTP face applies (an
 * off-schema body is a 400 `invalid_payload`), and the engine's refusals arrive as the
 * {@link VoucherifyApiError} its HTTP face would have produced, so the BFF behaves exactly as over
 * HTTP; what is saved is serialising, re-parsing and re-validating every answer of our own engine.
 * A loyalty card pays with points through its campaign's first reward in the seed.
 *
 * From `@promokit/bff/embedded`, with `@promokit/engine` installed (an optional peer dependency).
 * Throws {@link EngineNotInstalledError} when better-sqlite3 has no native build, and the engine's
 * own errors for a file it cannot open or an invalid seed. Opens (and seeds, when empty) the SQLite
 * file at once: call it at run time, in a request or a lazily created module value, not while a
 * framework builds pages.
 */
export function embeddedUpstream(options: EmbeddedUpstreamOptions): Upstream {
  const engine = open(options);
  const rewards = payWithPointsRewards(options.seed);

  /** Runs `work` as the engine's HTTP face would, its refusals as {@link VoucherifyApiError}. */
  function run<R>(signal: AbortSignal | undefined, work: () => R): Promise<R> {
    try {
      signal?.throwIfAborted();
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(
        error instanceof EngineRequestError
          ? new VoucherifyApiError({ status: error.status, body: error.body, retryAfter: undefined })
          : error,
      );
    }
  }

  /** Runs `work` on the body parsed with `schema`, as the engine's HTTP face would. */
  function call<S extends z.ZodType, R>(
    schema: S,
    body: unknown,
    signal: AbortSignal | undefined,
    work: (parsed: z.output<S>) => R,
  ): Promise<R> {
    return run(signal, () => {
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new VoucherifyApiError({
          status: 400,
          body: {
            code: 400,
            key: 'invalid_payload',
            message: 'Invalid payload',
            details: issue ? `Property .${issue.path.join('.')}: ${issue.message}` : 'Invalid body',
          },
          retryAfter: undefined,
        });
      }
      return work(parsed.data);
    });
  }

  return {
    name: `embedded engine (${options.file})`,
    validate: (body, signal) =>
      call(validationsValidateRequestBodySchema, body, signal, (parsed) => engine.validate(parsed)),
    qualify: (body, signal) =>
      call(qualificationsCheckEligibilityRequestBodySchema, body, signal, (parsed) => engine.qualify(parsed)),
    wallet: (body, signal) =>
      call(
        qualificationsCheckEligibilityRequestBodySchema,
        { ...body, scenario: 'CUSTOMER_WALLET' },
        signal,
        (parsed) => engine.qualify(parsed),
      ),
    redeem: (body, signal) =>
      call(redemptionsRedeemRequestBodySchema, body, signal, (parsed) => engine.redeem(parsed)),
    rollback: (id, body, signal) =>
      call(redemptionsRollbackRequestBodySchema, body, signal, (parsed) =>
        engine.rollbackStackable(id, parsed),
      ),
    order: (orderId, signal) => run(signal, () => engine.getOrder(orderId)),
    redemption: (redemptionId, signal) => run(signal, () => engine.getRedemption(redemptionId)),
    releaseSession: (code, sessionKey, signal) => run(signal, () => engine.releaseSession(code, sessionKey)),
    upsertCustomer: (body, signal) =>
      call(customerSchema, body, signal, (parsed) => engine.upsertCustomer(parsed)),
    track: (body, signal) =>
      call(eventsTrackRequestBodySchema, body, signal, (parsed) => engine.trackEvent(parsed)),
    payWithPointsReward: (campaignId) => rewards[campaignId],
    memberRewards: (memberId, signal) => run(signal, () => engine.memberRewards(memberId)),
    close: () => engine.close(),
  };
}
