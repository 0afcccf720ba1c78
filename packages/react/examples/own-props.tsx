// #region own-props
import type { Cart } from '@promokit/core';
import { useCodeField, usePromoCart } from '@promokit/react';
import type { ChangeEvent } from 'react';

function CodeField({ cart }: { cart: Cart }) {
  const promo = usePromoCart(cart);
  const field = useCodeField({ apply: promo.apply });
  // Codes in this shop have no spaces: a change that brings one is refused.
  const noSpaces = (event: ChangeEvent<HTMLInputElement>) => {
    if (event.target.value.includes(' ')) event.preventDefault();
  };
  return (
    <form {...field.getFormProps({ className: 'code-form', 'data-testid': 'promo' })}>
      <label {...field.getLabelProps({ className: 'label' })}>
        Promo code
        <input
          {...field.getInputProps({
            id: 'promo-code',
            className: 'input',
            placeholder: 'SUMMER10',
            'aria-describedby': 'promo-code-hint',
            onChange: noSpaces,
          })}
        />
      </label>
      <p id="promo-code-hint">One code per order.</p>
      <button {...field.getSubmitProps({ className: 'button' })}>Apply</button>
      <p {...field.getMessageProps({ className: 'message' })}>{field.rejection?.reason}</p>
    </form>
  );
}
// #endregion own-props

export { CodeField };
