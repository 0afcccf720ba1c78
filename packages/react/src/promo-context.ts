import type { CodeMatching, PromoClient } from '@promokit/core';
import { createContext, useContext } from 'react';

import type { CodeStore } from './code-store.js';
import type { PromoEvent } from './events.js';

/** What {@link PromoProvider} shares with the hooks. */
export interface PromoContextValue {
  client: PromoClient;
  /** BCP 47 locale for messages and money, e.g. `en-US`. */
  locale: string;
  /** ISO 4217 currency of the store, e.g. `USD`. */
  currency: string;
  /** Receives analytics events (Segment e-commerce spec names and properties). */
  onEvent: (event: PromoEvent) => void;
  /**
   * The code field last rendered through `useCodeField` (so `CodeInput`), where focus goes when
   * the last code is removed and no chip is left to take it.
   */
  codeField: { current: HTMLInputElement | null };
  /** The cart's codes, shared by every hook below the provider. @internal */
  codeStore: CodeStore;
  /**
   * How the project compares codes (`PromoProviderProps.codeMatching`): parts that match codes
   * from different sources (a wallet's and the cart's) compare them with it.
   */
  codeMatching: CodeMatching;
}

/** @internal */
export const PromoContext = createContext<PromoContextValue | null>(null);

/** The provider's values; throws an error naming the hook when used outside `<PromoProvider>`. */
export function usePromoContext(hookName: string): PromoContextValue {
  const value = useContext(PromoContext);
  if (!value) {
    // The sentence only in development builds, as React's own errors; production names the hook.
    throw new Error(
      process.env.NODE_ENV !== 'production' ? `${hookName} must be used inside <PromoProvider>.` : hookName,
    );
  }
  return value;
}
