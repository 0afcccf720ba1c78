import type { WalletEntry } from '@promokit/core';
import { type ReactNode, useId } from 'react';

import { describeEffect } from './messages/describe-effect.js';
import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';

/** Props of {@link Wallet}. */
export interface WalletProps {
  /** The shopper's codes, e.g. from `POST /wallet`; their own referral code is left out. */
  entries: readonly WalletEntry[];
  /** Applies a code in one click, e.g. `usePromoCart(cart).apply`. */
  onApply: (code: string) => void;
  /** Codes already on the cart: shown as applied. */
  applied?: readonly string[];
  /** Codes being applied right now. */
  pending?: readonly string[];
  /** Level of the section heading; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

const none: readonly never[] = [];

/** The shopper's saved codes, cards and balances, each with its expiry and a one-click apply. */
export function Wallet(props: WalletProps): ReactNode {
  const { entries, onApply, applied = none, pending = none, headingLevel = 2 } = props;
  const messages = useMessages(en);
  const { t } = messages;
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const usable = entries.filter((entry) => !entry.ownReferral);
  return (
    <section data-scope="wallet" data-part="root" aria-labelledby={headingId}>
      <Heading data-scope="wallet" data-part="heading" id={headingId}>
        {t('wallet.heading')}
      </Heading>
      {usable.length ? (
        <ul data-scope="wallet" data-part="list">
          {usable.map((entry) => {
            const state = applied.includes(entry.code)
              ? 'applied'
              : pending.includes(entry.code)
                ? 'pending'
                : 'available';
            return (
              <li
                key={entry.code}
                data-scope="wallet"
                data-part="item"
                data-kind={entry.kind}
                data-state={state}
              >
                <span data-scope="wallet" data-part="label">
                  {entry.label}
                </span>
                <span data-scope="wallet" data-part="code">
                  {entry.code}
                </span>
                <span data-scope="wallet" data-part="detail">
                  {entry.balance !== undefined
                    ? t('wallet.balance', { amount: messages.money(entry.balance) })
                    : entry.points !== undefined
                      ? t('wallet.points', { count: entry.points })
                      : describeEffect(entry.effect, messages)}
                </span>
                {entry.expiresAt && (
                  <span data-scope="wallet" data-part="expiry">
                    {t('wallet.expires', { date: messages.date(entry.expiresAt) })}
                  </span>
                )}
                <button
                  type="button"
                  data-scope="wallet"
                  data-part="apply"
                  data-state={state}
                  aria-label={t(state === 'applied' ? 'wallet.applied' : 'wallet.apply', {
                    code: entry.code,
                  })}
                  aria-disabled={state !== 'available'}
                  aria-busy={state === 'pending'}
                  onClick={() => {
                    if (state === 'available') onApply(entry.code);
                  }}
                >
                  {t('code.submit')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p data-scope="wallet" data-part="empty">
          {t('wallet.empty')}
        </p>
      )}
    </section>
  );
}
