import { minorDigits } from '@promokit/core';
import { type FormEvent, type ReactNode, useId, useState } from 'react';

import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';
import { useControllableState } from './use-controllable-state.js';

/** Props of {@link GiftCardApply}. */
export interface GiftCardApplyProps {
  /** The gift card's code. */
  code: string;
  /** Balance on the card, in minor units. */
  balance: number;
  /** Most that can be used on this order (the amount due), in minor units; default the balance. */
  max?: number;
  /** Amount to use, in minor units (controlled). */
  value?: number;
  /** Amount to use at first, in minor units; default the most that can be used. */
  defaultValue?: number;
  /** Hears every change of the amount, in minor units. */
  onValueChange?: (amount: number) => void;
  /** Uses `amount` (minor units) of the card on the order. */
  onApply: (amount: number) => void;
  /** Store currency when it differs from the provider's. */
  currency?: string;
}

/** Part of a gift card's balance: the balance, the amount to use (all of it by default) and apply. */
export function GiftCardApply(props: GiftCardApplyProps): ReactNode {
  const { code, balance, onApply } = props;
  const messages = useMessages(en);
  const { t } = messages;
  const limit = Math.min(balance, props.max ?? balance);
  const [amount, setAmount] = useControllableState(
    props.value,
    props.defaultValue ?? limit,
    props.onValueChange,
  );
  const scale = 10 ** minorDigits(props.currency ?? messages.currency);
  const [text, setText] = useState(() => String(amount / scale));
  const [invalid, setInvalid] = useState(false);
  const id = useId();

  const onChange = (next: string) => {
    setText(next);
    setInvalid(false);
    const parsed = Math.round(Number(next.replace(',', '.')) * scale);
    if (Number.isFinite(parsed)) setAmount(parsed);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!(amount > 0 && amount <= limit)) return setInvalid(true);
    onApply(amount);
  };

  return (
    <form
      data-scope="gift-card-apply"
      data-part="root"
      data-state={invalid ? 'invalid' : 'valid'}
      noValidate
      onSubmit={onSubmit}
    >
      <label data-scope="gift-card-apply" data-part="label" htmlFor={`${id}-amount`}>
        {t('gift.label', { code })}
      </label>
      <p data-scope="gift-card-apply" data-part="balance" id={`${id}-balance`}>
        {t('gift.balance', { amount: messages.money(balance, props.currency) })}
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
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-balance ${id}-error` : `${id}-balance`}
        />
        <button type="submit" data-scope="gift-card-apply" data-part="submit">
          {t('gift.apply', { amount: messages.money(Math.max(0, amount), props.currency) })}
        </button>
      </div>
      <p data-scope="gift-card-apply" data-part="message" id={`${id}-error`} role="alert">
        {invalid ? t('gift.invalid', { max: messages.money(limit, props.currency) }) : null}
      </p>
    </form>
  );
}
