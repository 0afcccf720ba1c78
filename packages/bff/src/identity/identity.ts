/** The shopper as the server knows them. */
export interface Shopper {
  /** The storefront's own customer id, sent upstream as `customer.source_id`. */
  sourceId: string;
  /** Traits sent upstream as customer metadata. */
  metadata?: Record<string, string | number | boolean>;
}

/**
 * Tells the BFF who is shopping, from the request alone (a session cookie, a token). Return `null`
 * for a guest. A customer named in a request body is never trusted.
 */
export type Identify = (request: Request) => Shopper | null | Promise<Shopper | null>;

/**
 * The id of the shopper's session (signed in or guest), from the request alone, or `null` when the
 * request carries none. It scopes failed-attempt limits and, while a shopper is signed in, the
 * validation lock kept until redeem (a guest's validations reserve nothing).
 */
export type SessionOf = (request: Request) => string | null | Promise<string | null>;

/** Everyone is a guest. */
export const guestIdentity: Identify = () => null;
