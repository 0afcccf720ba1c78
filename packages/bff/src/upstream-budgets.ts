/**
 * How long each route's upstream calls may take, all of them together, in milliseconds (the
 * README's "Upstream budgets" section says why each is what it is). Past its budget a request
 * stops waiting: `/qualifications` answers no offers, `/validate` answers its codes
 * `promotions_unavailable`, and `/redeem` answers as its outcomes say.
 */
export interface UpstreamBudgets {
  /**
   * `POST /qualifications`; default 2500. Offers decorate a page, nobody waits on them: past the
   * budget the page gets none, while the call, a read, still finishes upstream, so that the
   * circuit breaker hears the upstream answer and the connection is kept. Qualifying is the
   * engine's slowest call under load (p99 1.7 s at 100 connections on a shared two-core machine),
   * so a shorter budget would take offers away from a healthy, busy upstream.
   */
  qualifications?: number;
  /**
   * `POST /validate`; default 2500, so that a shopper applying a code hears within 3 s. The
   * validation reserves under the session's lock, so it is not left running past its budget.
   */
  validate?: number;
  /**
   * `POST /redeem`, its validation and redemption together; default 9000. A redemption books the
   * order: giving up early leaves its outcome unknown, which costs the shopper a retry and the shop
   * a reconciliation, while a shopper placing an order expects a payment's wait. 9 s keeps the
   * request under the 10 s a storefront or proxy commonly allows one.
   */
  redeem?: number;
  /** Every other route (`/rollback`, `/wallet`, `/track`, `/session`); default 2500. */
  other?: number;
}

/** The defaults of {@link UpstreamBudgets}. */
const DEFAULT_BUDGETS: Required<UpstreamBudgets> = {
  qualifications: 2500,
  validate: 2500,
  redeem: 9000,
  other: 2500,
};

/** The routes with a budget of their own, by the last segment of their path. */
const ROUTES = ['qualifications', 'validate', 'redeem'] as const;

/**
 * The budget of a request, by its path (the BFF may be mounted under any prefix), from
 * `BffOptions.upstreamBudgetMs`: one number for every route, or some routes' budgets with the
 * defaults for the rest.
 *
 * @throws TypeError naming a key that is no route of {@link UpstreamBudgets}; RangeError naming the
 *   route when a budget is not a positive whole number of milliseconds.
 */
export function upstreamBudgets(option: number | UpstreamBudgets = {}): (path: string) => number {
  const budgets: Required<UpstreamBudgets> =
    typeof option === 'number'
      ? { qualifications: option, validate: option, redeem: option, other: option }
      : { ...DEFAULT_BUDGETS, ...routeBudgets(option) };
  for (const [route, ms] of Object.entries(budgets)) {
    if (!Number.isSafeInteger(ms) || ms < 1) {
      const name = typeof option === 'number' ? 'upstreamBudgetMs' : `upstreamBudgetMs.${route}`;
      throw new RangeError(`${name} must be a positive whole number of milliseconds, got ${ms}`);
    }
  }
  return (path) => {
    const route = ROUTES.find((name) => path.endsWith(`/${name}`));
    return route ? budgets[route] : budgets.other;
  };
}

/** The budgets `option` sets, checked to name routes only. */
function routeBudgets(option: unknown): UpstreamBudgets {
  if (typeof option !== 'object' || option === null) {
    throw new TypeError(
      `upstreamBudgetMs must be a number or an object of routes' budgets, got ${String(option)}`,
    );
  }
  const unknown = Object.keys(option).find((key) => !(key in DEFAULT_BUDGETS));
  if (unknown !== undefined) {
    const routes = Object.keys(DEFAULT_BUDGETS).join(', ');
    throw new TypeError(`upstreamBudgetMs has no route "${unknown}"; its routes are ${routes}`);
  }
  return Object.fromEntries(Object.entries(option).filter(([, ms]) => ms !== undefined));
}
