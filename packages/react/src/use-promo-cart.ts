import {
  type Applied,
  type CodeEntry,
  type CodeMatching,
  type AppliedPromotion,
  type Cart,
  PromoError,
  type Rejection,
  type Totals,
  type ValidateResponse,
  cartKey,
  normalizeCode,
  promoKeys,
  toMajorUnits,
} from '@promokit/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, useSyncExternalStore } from 'react';

import { type CodeSnapshot, type CodeUsage, type PendingChange, entriesOf } from './code-store.js';
import type { CouponEventProperties } from './events.js';
import { usePromoContext } from './promo-context.js';
import { validationOptions } from './validation-options.js';

/**
 * What applying a code led to: it applies (`replaced` names, by label, the automatic promotions it
 * took the place of, which the shopper must be told of), or why it does not.
 */
export type ApplyOutcome =
  | { status: 'applied'; applied: Applied; replaced?: readonly string[] }
  | { status: 'rejected'; rejection: Rejection };

/**
 * Where one of the cart's codes stands:
 * - `adding`: submitted, awaiting its answer (not counted in the totals yet)
 * - `checking`: added; its answer for the current cart is loading
 * - `applied`: takes something off the current cart
 * - `rejected`: added, but does not apply to the current cart (e.g. it fell below the minimum)
 * - `removing`: being removed; the totals without it are loading
 */
export type CartCodeStatus = 'adding' | 'checking' | 'applied' | 'rejected' | 'removing';

/** One of the cart's codes and where it stands for the current cart. */
export interface CartCode {
  /** The code as the shopper typed it (trimmed, in NFC). */
  code: string;
  status: CartCodeStatus;
  /** What it takes off, in `applied` (and in `removing` while it still counts). */
  applied: Applied | undefined;
  /** Why it does not apply to this cart, in `rejected`. */
  rejection: Rejection | undefined;
}

/** The applied codes of a cart and what they do. */
export interface PromoCart {
  /**
   * The codes the shopper added, in order, as they typed them; kept across pages and reloads. A
   * code typed again in another case, in a case-insensitive project, is the code already added.
   */
  codes: readonly string[];
  /** The codes with how much of each gift card or loyalty card to use: what to redeem. */
  entries: readonly CodeEntry[];
  /** Each added or pending code with its status, for chips with per-code pending and errors. */
  items: readonly CartCode[];
  /** What each applying code takes off. Empty until the first answer for this cart. */
  applied: readonly Applied[];
  /** Promotions applied automatically because the cart qualifies (no code). */
  promotions: readonly AppliedPromotion[];
  /** Server-priced totals for this cart and these codes; `undefined` while loading. */
  totals: Totals | undefined;
  /** Whether the totals for the current cart are still loading. */
  isLoading: boolean;
  /** Why the totals could not be loaded, when the service failed. */
  error: PromoError | null;
  /**
   * Applies a code on top of the others, or with how much of it to use (`{ code, amount }` of gift
   * card credit, `{ code, points }` of a loyalty card; applying an added code again changes that);
   * resolves with the outcome, rejects on a service failure. Which typed codes are one code
   * follows the provider's `codeMatching`: the code keeps the spelling it was first added with.
   *
   * What the code does to the rest of the order is never silent. Upstream's stacking rules (an
   * exclusive code, the limit of discounts per order) can let a new code apply only by leaving out
   * what applied before it:
   * - codes: it is refused as `not_combinable`, `conflictsWith` naming them, for the shopper to
   *   choose which to keep ("Remove WELCOME10 and use this"), as removing them is theirs to decide;
   * - automatic promotions, which the shopper cannot remove or choose: the cheaper order wins. A
   *   code with which the order would cost more (its `total`) is refused as `not_combinable`, with
   *   `promotions` naming the ones it pushes out by label and nothing to remove; else it applies
   *   and the outcome's `replaced` names them ("CLEARANCE30 applied instead of Buy 2 mugs, get 1 free"). A
   *   storefront wants the lower price it showed kept, and a shopper who typed a code wants it used
   *   when it saves more. (Adding a discount lowers the total unless something else drops out.)
   *
   * When all it pushes out went because the order's limit of discounts was reached (a code's
   * rejection or a promotion's `leftOut` says `too_many_codes`), and it would push out a code or
   * cost more, it is refused as `too_many_codes` with the `limit`: the shopper must remove a
   * discount, not pick between clashing ones.
   *
   * Both are read from the answers for the cart without the code and with it.
   *
   * A code the BFF takes for one the cart holds (its `caseSensitiveCodes: false` beside a
   * provider without `codeMatching`) is refused as `already_applied`, as the BFF answers it. An
   * answer naming the code neither applied nor rejected rejects with a `contract` PromoError.
   */
  apply(code: CodeEntry): Promise<ApplyOutcome>;
  /**
   * Removes a code (named in any spelling the project takes for it); resolves once the totals
   * without it are known (or failed to load).
   */
  remove(code: string): Promise<void>;
  /** Forgets every code, e.g. once the order is confirmed. */
  clear(): void;
}

/** Options of {@link usePromoCart}. */
export interface UsePromoCartOptions {
  /** Milliseconds to wait after a cart change before revalidating the codes; default 300. */
  debounceMs?: number;
  /** The storefront's cart id, reported as `cart_id` in analytics events. */
  cartId?: string;
}

/** `record` with `key` set to `value`, or without `key` when `value` is undefined. */
function setKey<T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T | undefined,
): Record<string, T> {
  const { [key]: _previous, ...rest } = record;
  return value === undefined ? rest : { ...rest, [key]: value };
}

const withPending = (snapshot: CodeSnapshot, code: string, change?: PendingChange): CodeSnapshot => ({
  ...snapshot,
  pending: setKey(snapshot.pending, code, change),
});

const withUsage = (snapshot: CodeSnapshot, code: string, use: CodeUsage | undefined): CodeSnapshot => ({
  ...snapshot,
  usage: setKey(snapshot.usage, code, use),
});

/** `snapshot` with `code` last among its codes, unless it holds it already. */
const withCode = (snapshot: CodeSnapshot, code: string): CodeSnapshot =>
  snapshot.codes.includes(code) ? snapshot : { ...snapshot, codes: [...snapshot.codes, code] };

/** `snapshot` without `code` among its codes. */
const withoutCode = (snapshot: CodeSnapshot, code: string): CodeSnapshot => ({
  ...snapshot,
  codes: snapshot.codes.filter((item) => item !== code),
});

/**
 * The spelling under which the cart holds `code`, added or being added, when the project takes it
 * for one it holds already (`summer10` for `SUMMER10` in a case-insensitive project); else `code`.
 */
const heldAs = (snapshot: CodeSnapshot, code: string, matching: CodeMatching): string =>
  [...snapshot.codes, ...Object.keys(snapshot.pending)].find((held) => matching.same(held, code)) ?? code;

/** What a coupon event says of a code once it applied: its name, and what it takes off. */
type AppliedProperties = CouponEventProperties & { coupon_name?: string; discount: number };

/**
 * What the coupon events say of `code`: its cart, and once it applied (with the answer's currency)
 * its name and what it takes off, in the currency's major units.
 */
function couponProperties(code: string, cartId: string | undefined): CouponEventProperties;
function couponProperties(
  code: string,
  cartId: string | undefined,
  applied: Applied,
  currency: string,
): AppliedProperties;
function couponProperties(
  code: string,
  cartId: string | undefined,
  applied: Applied | undefined,
  currency: string | undefined,
): Partial<AppliedProperties> & CouponEventProperties;
function couponProperties(code: string, cartId: string | undefined, applied?: Applied, currency?: string) {
  return {
    coupon_id: code,
    ...(cartId !== undefined && { cart_id: cartId }),
    ...(applied?.label ? { coupon_name: applied.label } : {}),
    ...(applied && currency ? { discount: toMajorUnits(applied.discount, currency) } : {}),
  };
}

/**
 * The applied codes of a cart, shared by every component below one {@link PromoProvider} and kept
 * across pages and reloads. Totals come from the server, priced from its catalog. Adding and
 * removing show a pending state per code. When the cart changes, the codes are revalidated after
 * `debounceMs`; an answer for an older cart is never shown for the new one, and a validation for
 * an older cart still in flight is aborted.
 */
export function usePromoCart(cart: Cart, options: UsePromoCartOptions = {}): PromoCart {
  const { debounceMs = 300, cartId } = options;
  const { client, onEvent, codeStore: store, codeMatching } = usePromoContext('usePromoCart');
  const queryClient = useQueryClient();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const { ready, codes, pending } = snapshot;

  // The first answer for a cart the shopper just edited waits for the edits to settle; refetches
  // of an answer already shown (live updates, focus) do not.
  const key = cartKey(cart);
  const [edits, setEdits] = useState({ key, edited: false });
  if (edits.key !== key) setEdits({ key, edited: true });
  const entries = entriesOf(snapshot);
  const unanswered = !queryClient.getQueryData(promoKeys.validation(cart, entries));

  const query = useQuery({
    ...validationOptions(client, cart, entries, { delay: edits.edited && unanswered ? debounceMs : 0 }),
    enabled: ready,
  });

  const apply = useCallback(
    async (typed: CodeEntry): Promise<ApplyOutcome> => {
      const use = typeof typed === 'string' ? undefined : typed;
      const entered = normalizeCode(use?.code ?? (typed as string));
      // Events name the code as typed this time; the cart keeps the spelling it already holds.
      const properties = couponProperties(entered, cartId);
      onEvent({ name: 'Coupon Entered', properties });
      // From here on the code is spelled as the cart holds it, which is how the BFF answers it.
      const code = heldAs(store.getSnapshot(), entered, codeMatching);
      store.update((snapshot) => withPending(snapshot, code, 'adding'));
      // Checked once the changes before it are done, against the codes they left.
      return store.queue(async () => {
        const snapshot = store.getSnapshot();
        const current = entriesOf(snapshot);
        const next = entriesOf(withCode(withUsage(snapshot, code, use ?? snapshot.usage[code]), code));
        let before: ValidateResponse;
        let response: ValidateResponse;
        try {
          // The answer shown for the codes before this one (asked for when none is shown yet), then with it.
          before = await queryClient.ensureQueryData(validationOptions(client, cart, current));
          response = await queryClient.fetchQuery(validationOptions(client, cart, next));
        } catch (error) {
          store.update((snapshot) => withPending(snapshot, code));
          throw error;
        }
        const deny = (rejection: Rejection): ApplyOutcome => {
          store.update((snapshot) => withPending(snapshot, code));
          onEvent({ name: 'Coupon Denied', properties: { ...properties, reason: rejection.reason } });
          return { status: 'rejected', rejection };
        };
        const applied = response.applied.find((item) => item.code === code);
        if (!applied) {
          const rejection = response.rejected.find((item) => item.code === code);
          if (rejection) return deny(rejection);
          // Answered neither way breaks the contract: the BFF answers every spelling it was sent,
          // a repeat of a code the cart holds as `already_applied`.
          store.update((snapshot) => withPending(snapshot, code));
          throw new PromoError('contract', `The validation answered nothing for ${code}`);
        }
        // What applied before and no longer does with the new code (see `apply` for the rules).
        const conflictsWith = before.applied
          .map((item) => item.code)
          .filter((held) => !response.applied.find((item) => item.code === held));
        const pushedOut = before.promotions.filter(
          (promotion) => !response.promotions.find((item) => item.id === promotion.id),
        );
        const replaced = pushedOut.map((promotion) => promotion.label);
        if (conflictsWith.length || response.totals.total > before.totals.total) {
          // Why each discount it pushed out went: a full order is not a clash.
          const why = [
            ...conflictsWith.map((held) => response.rejected.find((item) => item.code === held)),
            ...pushedOut.map((promotion) => response.leftOut?.find((item) => item.id === promotion.id)),
          ];
          if (why.length && why.every((item) => item?.reason === 'too_many_codes')) {
            const { limit } = why[0] as { limit?: number };
            return deny({ reason: 'too_many_codes', code, ...(limit ? { limit } : {}) });
          }
          return deny({ reason: 'not_combinable', code, conflictsWith, promotions: replaced });
        }
        store.update((latest) => withCode(withUsage(withPending(latest, code), code, use), code));
        // A code the cart already held was applied before: entered again, it is not applied anew.
        if (!snapshot.codes.includes(code))
          onEvent({
            name: 'Coupon Applied',
            properties: couponProperties(entered, cartId, applied, response.totals.currency),
          });
        return { status: 'applied', applied, replaced };
      });
    },
    [cart, cartId, client, codeMatching, onEvent, queryClient, store],
  );

  const remove = useCallback(
    async (typed: string): Promise<void> => {
      const snapshot = store.getSnapshot();
      const code = snapshot.codes.find((item) => codeMatching.same(item, typed));
      if (!code || snapshot.pending[code]) return;
      const current = entriesOf(snapshot);
      const shown = queryClient.getQueryData<ValidateResponse>(promoKeys.validation(cart, current));
      const applied = shown?.applied.find((item) => item.code === code);
      onEvent({
        name: 'Coupon Removed',
        properties: couponProperties(code, cartId, applied, shown?.totals.currency),
      });
      store.update((snapshot) => withPending(snapshot, code, 'removing'));
      await store.queue(async () => {
        const rest = entriesOf(withoutCode(store.getSnapshot(), code));
        // Always asked afresh, even when the answer without the code is cached: the server gives
        // back what the code's validation lock held (a gift card's credit, a single-use code's use),
        // and the totals shown are current. A failure leaves the code removed; the query shows it.
        await queryClient
          .fetchQuery({ ...validationOptions(client, cart, rest), staleTime: 0 })
          .catch(() => undefined);
        store.update((latest) => withoutCode(withUsage(withPending(latest, code), code, undefined), code));
      });
    },
    [cart, cartId, client, codeMatching, onEvent, queryClient, store],
  );

  const clear = useCallback(
    () => store.update((snapshot) => ({ ...snapshot, codes: [], usage: {} })),
    [store],
  );

  const data = query.data;
  // The BFF names each code as it was sent: as the cart holds it.
  const items = [...new Set([...codes, ...Object.keys(pending)])].map((code): CartCode => {
    const applied = data?.applied.find((item) => item.code === code);
    const rejection = data?.rejected.find((item) => item.code === code);
    const status = pending[code] ?? (applied ? 'applied' : rejection ? 'rejected' : 'checking');
    return { code, status, applied, rejection };
  });

  return {
    codes,
    entries,
    items,
    applied: data?.applied ?? [],
    promotions: data?.promotions ?? [],
    totals: data?.totals,
    isLoading: query.isPending,
    error: query.error,
    apply,
    remove,
    clear,
  };
}
