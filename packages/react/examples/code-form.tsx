import type { Cart } from '@promokit/core';
import { useCodeField, usePromoCart } from '@promokit/react';
import { type ReactNode, useState } from 'react';

export function CodeForm({ cart, codeFromLink = '' }: { cart: Cart; codeFromLink?: string }): ReactNode {
  const promo = usePromoCart(cart);
  const [code, setCode] = useState(codeFromLink);
  const field = useCodeField({ apply: promo.apply, value: code, onValueChange: setCode });
  const { rejection } = field;
  return (
    <form {...field.getFormProps()}>
      <label {...field.getLabelProps()}>
        Promo code <input {...field.getInputProps()} />
      </label>
      <button {...field.getSubmitProps()}>Apply</button>
      <p {...field.getMessageProps()}>
        {field.state.status === 'error' ? 'Something went wrong. Try again.' : rejection?.reason}
        {rejection?.reason === 'not_combinable' && rejection.conflictsWith.length > 0 && (
          <button type="button" onClick={() => void field.replace(rejection.conflictsWith, promo.remove)}>
            Remove {rejection.conflictsWith.join(', ')} and use this
          </button>
        )}
      </p>
    </form>
  );
}
