import { minorDigits } from '@promokit/core';
import { type ElementProps, mergeProps } from '@promokit/react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';

import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';
import { type AmountError, parseAmount } from './parse-amount.js';
import { Skeleton } from './skeleton.js';
import { useControllableState } from './use-controllable-state.js';

/**
 * Props of {@link GiftCardApply}, and the form's own (`className`, `id`, `aria-*`, `data-*`,
 * handlers, `ref`), merged with the kit's: your `onSubmit` runs first, and nothing is applied when
 * it calls `event.preventDefault()`.
 */
export interface GiftCardApplyProps extends ElementProps<'form', 'children' | 'defaultValue'> {
  /** The gift card's code. */
  code: string;
  /**
   * Balance on the card, in minor units, e.g. the gift card's `balance` in `useWallet().data?.entries`;
   * while `undefined` (still loading) a skeleton keeps the form's space and the form is marked busy.
   */
  balance: number | undefined;
  /** Most that can be used on this order (the amount due), in minor units; default the balance. */
  max?: number;
  /** Amount to use, in minor units (controlled). */
  value?: number;
  /** Amount to use at first, in minor units; default the most that can be used. */
  defaultValue?: number;
  /** Hears every change of the amount, in minor units. */
  onValueChange?: (amount: number) => void;
  /** Uses `amount` (minor units) of the card on the order: the amount the field and button show. */
  onApply: (amount: number) => void;
  /** Store currency when it differs from the provider's. */
  currency?: string;
}

/**
 * Why the typed amount cannot be used: no number, finer than the currency's minor unit (see
 * `parseAmount`), or not above zero and up to what can be used.
 */
type GiftCardAmountError = AmountError | 'out_of_range';

/**
 * Part of a gift card's balance: the balance, the amount to use (all of it by default) and apply.
 * The amount is typed as the provider's `locale` writes numbers (`1,234.56` in English, `1.234,56`
 * in German), and the button always says the amount the field holds ("Use $12.50"), or no amount
 * while it holds none; what applies is that amount. Applying one that is no number, finer than the
 * currency's minor unit or out of range shows an error saying which, and applies nothing. With
 * nothing to use (a card without balance, or nothing left to pay) the button is disabled.
 */
export function GiftCardApply({ balance, ...props }: GiftCardApplyProps): ReactNode {
  if (balance !== undefined) return <GiftCardApplyForm balance={balance} {...props} />;
  // What the form is given once the balance is known; the root's own props go to the skeleton's root.
  const {
    code: _c,
    max: _m,
    value: _v,
    defaultValue: _d,
    onValueChange: _o,
    onApply: _a,
    currency: _u,
    ...form
  } = props;
  return (
    <form data-scope="gift-card-apply" data-part="root" data-state="loading" aria-busy="true" {...form}>
      <Skeleton scope="gift-card-apply" bars={['line', 'line', 'control']} />
      {/* Where an error will show: the same rows as the form, so nothing moves when it arrives. */}
      <p data-scope="gift-card-apply" data-part="message" />
    </form>
  );
}

/** The form once the balance is known: the amount starts from it. */
function GiftCardApplyForm({
  code,
  balance,
  max,
  value,
  defaultValue,
  onValueChange,
  onApply,
  currency: storeCurrency,
  ...form
}: GiftCardApplyProps & { balance: number }): ReactNode {
  const messages = useMessages(en);
  const { t, locale } = messages;
  const currency = storeCurrency ?? messages.currency;
  const money = (amount: number) => messages.money(amount, currency);
  const limit = Math.min(balance, max ?? balance);
  const [amount, setAmount] = useControllableState(value, defaultValue ?? limit, onValueChange);
  const digits = minorDigits(currency);
  /** `minor` minor units as the field shows an amount: "12.50", "50", "12,50" in German. */
  const write = (minor: number, decimals = minor % 10 ** digits ? digits : 0) =>
    messages.number(minor / 10 ** digits, {
      useGrouping: false,
      minimumFractionDigits: decimals,
      maximumFractionDigits: digits,
    });
  const [text, setText] = useState(() => write(amount));
  // The amount the text was written from or read as; another one was set from outside.
  const [shown, setShown] = useState(amount);
  if (amount !== shown) {
    setShown(amount);
    setText(write(amount));
  }
  const [error, setError] = useState<GiftCardAmountError | null>(null);
  const typed = parseAmount(text, locale, currency);
  const id = useId();

  const onChange = (next: string) => {
    setText(next);
    setError(null);
    const parsed = parseAmount(next, locale, currency);
    if (parsed.amount === undefined) return;
    setShown(parsed.amount);
    setAmount(parsed.amount);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const use = typed.amount;
    const problem = typed.error ?? (use !== undefined && use > 0 && use <= limit ? null : 'out_of_range');
    // A card with nothing left to use (no balance, or nothing left to pay) has nothing to refuse.
    if (problem) return void (limit > 0 && setError(problem));
    if (use !== undefined) onApply(use);
  };
  const example = write(limit, digits);

  return (
    <form
      data-scope="gift-card-apply"
      data-part="root"
      data-state={error ? 'invalid' : 'valid'}
      noValidate
      {...mergeProps({ onSubmit }, form)}
    >
      <label data-scope="gift-card-apply" data-part="label" htmlFor={`${id}-amount`}>
        {t('gift.label', { code })}
      </label>
      <p data-scope="gift-card-apply" data-part="balance" id={`${id}-balance`}>
        {t('gift.balance', { amount: money(balance) })}
      </p>
      <div data-scope="gift-card-apply" data-part="control">
        <input
          id={`${id}-amount`}
          data-scope="gift-card-apply"
          data-part="field"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-balance ${id}-error` : `${id}-balance`}
        />
        <button type="submit" data-scope="gift-card-apply" data-part="submit" aria-disabled={limit <= 0}>
          {typed.amount === undefined || typed.amount <= 0
            ? t('gift.apply_typed')
            : t('gift.apply', { amount: money(typed.amount) })}
        </button>
      </div>
      <p
        data-scope="gift-card-apply"
        data-part="message"
        data-reason={error ?? undefined}
        id={`${id}-error`}
        role="alert"
      >
        {error === 'not_a_number'
          ? t('gift.not_a_number', { example })
          : error === 'too_many_decimals'
            ? t('gift.too_many_decimals', { count: digits, example })
            : error
              ? t('gift.invalid', { max: money(limit) })
              : null}
      </p>
    </form>
  );
}
