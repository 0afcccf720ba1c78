import { type CodeMatching, type PromoClient, caseSensitiveCodes } from '@promokit/core';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useMemo, useRef, useState } from 'react';

import { type CodePersistence, createCodeStore } from './code-store.js';
import type { PromoEvent } from './events.js';
import { PromoContext, type PromoContextValue } from './promo-context.js';

/** Props of {@link PromoProvider}. */
export interface PromoProviderProps {
  /** A client from `createPromoClient`. */
  client: PromoClient;
  /** Defaults to the QueryClient of an enclosing `QueryClientProvider`, or a new one. */
  queryClient?: QueryClient;
  /** BCP 47 locale for messages and money; default `en-US`. */
  locale?: string;
  /** ISO 4217 currency of the store; default `USD`. */
  currency?: string;
  /** Receives analytics events in the Segment e-commerce spec's names and properties. */
  onEvent?: (event: PromoEvent) => void;
  /**
   * Where the shopper's codes are kept between pages and reloads; default `session`. Taken on the
   * provider's first render; the storage itself is first read when the first hook mounts.
   */
  persistCodes?: CodePersistence;
  /**
   * How the promotion project compares codes, the same as the BFF's `caseSensitiveCodes`: the
   * default `caseSensitiveCodes`, or `caseInsensitiveCodes` (from `@promokit/core`) for a project
   * with `case_sensitive_codes: false`. It decides which typed codes are one code already added
   * (applying `summer10` over `SUMMER10` changes nothing), removal, and which saved codes are one;
   * codes are always shown as typed. Taken on the provider's first render. An object rather
   * than a flag, so that a case-sensitive storefront bundles no case-folding table.
   */
  codeMatching?: CodeMatching;
  children?: ReactNode;
}

const ignore = (): void => {};

/** Makes PromoKit's hooks and components work below it. SSR-safe: touches no browser API in render. */
export function PromoProvider(props: PromoProviderProps): ReactNode {
  const { client, locale = 'en-US', currency = 'USD', onEvent = ignore, children } = props;
  const ambient = useContext(QueryClientContext);
  const [own] = useState(() => ((props.queryClient ?? ambient) ? null : new QueryClient()));
  const [codeMatching] = useState(() => props.codeMatching ?? caseSensitiveCodes);
  const [codeStore] = useState(() => createCodeStore(props.persistCodes ?? 'session', codeMatching));
  const codeField: PromoContextValue['codeField'] = useRef(null);
  const queryClient = props.queryClient ?? ambient ?? own;
  const value = useMemo<PromoContextValue>(
    () => ({ client, locale, currency, onEvent, codeField, codeStore, codeMatching }),
    [client, locale, currency, onEvent, codeField, codeStore, codeMatching],
  );
  const tree = <PromoContext.Provider value={value}>{children}</PromoContext.Provider>;
  return queryClient && queryClient !== ambient ? (
    <QueryClientProvider client={queryClient}>{tree}</QueryClientProvider>
  ) : (
    tree
  );
}
