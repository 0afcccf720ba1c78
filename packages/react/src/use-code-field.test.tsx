import { type Cart, caseInsensitiveCodes, createPromoClient } from '@promokit/core';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type ChangeEvent, type FormEvent, type ReactNode, createElement, createRef } from 'react';
import { describe, expect, inject, it } from 'vitest';

import { PromoProvider } from './promo-provider.js';
import { useCodeField } from './use-code-field.js';
import { usePromoCart } from './use-promo-cart.js';

const baseUrl = inject('promoBffUrl');

/** A storefront's own markup on the prop getters. */
function OwnMarkup({ cart = { lines: [{ productId: 'tote', quantity: 2 }] } }: { cart?: Cart }): ReactNode {
  const promo = usePromoCart(cart);
  const field = useCodeField({ apply: promo.apply });
  return (
    <form aria-label="Promo code" {...field.getFormProps()}>
      <label {...field.getLabelProps()}>
        Code
        <input {...field.getInputProps()} />
      </label>
      <button {...field.getSubmitProps()}>Use code</button>
      <p {...field.getMessageProps()}>{field.rejection?.reason}</p>
      <output>{promo.totals?.total}</output>
    </form>
  );
}

/**
 * Renders {@link OwnMarkup} on a client that passes each validation carrying codes to
 * `onCodeRequest` (and waits for it) before it goes to the BFF.
 */
function renderWithCodeRequests(
  onCodeRequest: (body: { codes: string[] }) => void | Promise<void>,
  markup: ReactNode = <OwnMarkup />,
) {
  const client = createPromoClient({
    baseUrl,
    fetch: async (input, init) => {
      const body = JSON.parse(String(init?.body)) as { codes: string[] };
      if (body.codes.length) await onCodeRequest(body);
      return fetch(input, init);
    },
  });
  render(<PromoProvider client={client}>{markup}</PromoProvider>);
}

/** Markup that passes its own props through every getter, with a label apart from the input. */
function OwnProps({
  inputRef,
  onChange,
  onSubmit,
  cart = { lines: [{ productId: 'tote', quantity: 2 }] },
}: {
  inputRef?: React.Ref<HTMLInputElement>;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  cart?: Cart;
}): ReactNode {
  const promo = usePromoCart(cart);
  const field = useCodeField({ apply: promo.apply });
  return (
    <form aria-label="Promo code" {...field.getFormProps({ className: 'checkout-code', onSubmit })}>
      {/* Apart from the input, so that the input is named only through the label's htmlFor. */}
      {createElement('label', field.getLabelProps({ className: 'code-label' }), 'Code')}
      <input
        {...field.getInputProps({
          id: 'shop-code',
          className: 'code-field',
          placeholder: 'SUMMER10',
          'aria-describedby': 'code-hint',
          'data-track': 'promo',
          ref: inputRef,
          onChange,
        })}
      />
      <p id="code-hint">Codes keep their case.</p>
      <button {...field.getSubmitProps({ className: 'code-submit', 'aria-keyshortcuts': 'Enter' })}>
        Use code
      </button>
      <p {...field.getMessageProps({ id: 'shop-message', className: 'code-message' })}>
        {field.rejection?.reason}
      </p>
      <output>{promo.totals?.total}</output>
    </form>
  );
}

describe('useCodeField', () => {
  it('sends nothing while typing and one request for a double submit', async () => {
    const codeRequests: unknown[] = [];
    renderWithCodeRequests((body) => void codeRequests.push(body));
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'welcome10');
    expect(codeRequests).toHaveLength(0);

    const submit = screen.getByRole('button', { name: 'Use code' });
    await Promise.all([user.click(submit), user.click(submit)]);

    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toBe('6300');
      expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Code' }).value).toBe('');
    });
    expect(codeRequests).toHaveLength(1);
  });

  it('keeps the field read-only while a code is checked, so nothing typed then is lost', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    renderWithCodeRequests(() => held);
    const user = userEvent.setup();
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Code' });
    await user.type(field, 'welcome10{Enter}');

    await waitFor(() => expect(field.readOnly).toBe(true));
    await user.type(field, 'SAVE5');
    expect(field.value).toBe('welcome10');
    release();

    await waitFor(() => expect(field.readOnly).toBe(false));
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
  });

  it('sends the code as typed, only trimmed, and lets the keyboard capitalise only where case does not matter', async () => {
    const codeRequests: { codes: string[] }[] = [];
    renderWithCodeRequests((body) => void codeRequests.push(body));
    const user = userEvent.setup();
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Code' });
    expect(field.getAttribute('autocapitalize')).toBe('none');
    await user.type(field, '  Sp7x-kQ2m {Enter}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('not_found'));
    expect(codeRequests.map((body) => body.codes)).toEqual([['Sp7x-kQ2m']]);
    expect(field.value).toBe('  Sp7x-kQ2m ');

    render(
      <PromoProvider client={createPromoClient({ baseUrl })} codeMatching={caseInsensitiveCodes}>
        <OwnMarkup />
      </PromoProvider>,
    );
    const fields = screen.getAllByRole<HTMLInputElement>('textbox', { name: 'Code' });
    expect(fields.at(-1)?.getAttribute('autocapitalize')).toBe('characters');
  });

  it('keeps a rejected code in the field, marked invalid and explained', async () => {
    render(
      <PromoProvider client={createPromoClient({ baseUrl })}>
        <OwnMarkup cart={{ lines: [{ productId: 'cap', quantity: 1 }] }} />
      </PromoProvider>,
    );
    const user = userEvent.setup();
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Code' });
    await user.type(field, 'welcome10{Enter}');

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('cart_below_minimum'));
    expect(field.value).toBe('welcome10');
    expect(field).toHaveProperty('ariaInvalid', 'true');
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(screen.getByRole('form', { name: 'Promo code' })).toHaveProperty('dataset.state', 'rejected');
  });
});

describe("useCodeField's prop getters", () => {
  it("pass a storefront's own props to the elements, the label following the id given to the input", async () => {
    const inputRef = createRef<HTMLInputElement>();
    render(
      <PromoProvider client={createPromoClient({ baseUrl })}>
        <OwnProps inputRef={inputRef} />
      </PromoProvider>,
    );
    // Named by its label only if the label's htmlFor is the id the storefront gave.
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Code' });
    expect(field.id).toBe('shop-code');
    expect(inputRef.current).toBe(field);
    expect([field.className, field.placeholder, field.dataset.track]).toEqual([
      'code-field',
      'SUMMER10',
      'promo',
    ]);
    expect(field.name).toBe('promo-code');
    const form = screen.getByRole('form', { name: 'Promo code' });
    expect(form.className).toBe('checkout-code');
    expect(form).toHaveProperty('noValidate', true);
    const submit = screen.getByRole('button', { name: 'Use code' });
    expect([submit.className, submit.getAttribute('aria-keyshortcuts'), submit.getAttribute('type')]).toEqual(
      ['code-submit', 'Enter', 'submit'],
    );
    expect(screen.getByText('Code').className).toBe('code-label');
    expect(screen.getByRole('textbox', { description: 'Codes keep their case.' })).toBe(field);
  });

  it("describe a rejected code by the message, under the id given to it, and by the storefront's own description", async () => {
    render(
      <PromoProvider client={createPromoClient({ baseUrl })}>
        <OwnProps cart={{ lines: [{ productId: 'cap', quantity: 1 }] }} />
      </PromoProvider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'welcome10{Enter}');

    const message = await screen.findByRole('alert');
    await waitFor(() => expect(message.textContent).toBe('cart_below_minimum'));
    expect([message.id, message.className]).toEqual(['shop-message', 'code-message']);
    const field = screen.getByRole('textbox', {
      name: 'Code',
      description: 'cart_below_minimum Codes keep their case.',
    });
    expect(field.getAttribute('aria-describedby')).toBe('shop-message code-hint');
  });

  it("run the storefront's handlers first, and skip the kit's when they prevent the default", async () => {
    const codeRequests: unknown[] = [];
    const submitted: string[] = [];
    // A storefront that takes no spaces in codes, and sends nothing while its own check fails.
    const noSpaces = (event: ChangeEvent<HTMLInputElement>) => {
      if (event.target.value.includes(' ')) event.preventDefault();
    };
    const onSubmit = (event: FormEvent<HTMLFormElement>) => {
      const code = new FormData(event.currentTarget).get('promo-code') as string;
      submitted.push(code);
      if (code === 'blocked') event.preventDefault();
    };
    renderWithCodeRequests(
      (body) => void codeRequests.push(body),
      <OwnProps onChange={noSpaces} onSubmit={onSubmit} />,
    );
    const user = userEvent.setup();
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Code' });

    await user.type(field, 'blo cked');
    expect(field.value).toBe('blocked');
    await user.type(field, '{Enter}');
    expect(submitted).toEqual(['blocked']);
    expect(codeRequests).toHaveLength(0);
    expect(field.value).toBe('blocked');

    await user.clear(field);
    await user.type(field, 'welcome10{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('6300'));
    expect(submitted).toEqual(['blocked', 'welcome10']);
    expect(codeRequests).toHaveLength(1);
  });
});
