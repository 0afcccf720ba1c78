import type { Cart } from '@promokit/core';
import { usePromoCart } from '@promokit/react';
import { CodeInput } from '@promokit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useEffect, useReducer, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { StoryCart, sixtyDollarCart, thirtyDollarCart } from './story-cart.js';
import { failingClient, offlineClient, stalledClient } from './story-offers.js';
import { guessCodesUntilRefused } from './story-session.js';
import {
  ScopedStates,
  StateGrid,
  StatePanel,
  statePanel,
  type StateQueries,
  SubmitWhen,
  darkRightToLeft,
} from './story-states.js';

/** The code input on a $60.00 cart, answered by the real BFF and embedded engine. */
const meta = {
  title: 'Checkout/CodeInput',
  component: StoryCart,
  args: { cart: sixtyDollarCart },
} satisfies Meta<typeof StoryCart>;

export default meta;
type Story = StoryObj<typeof meta>;

async function submitCode(canvasElement: HTMLElement, code: string) {
  const canvas = within(canvasElement);
  const field = canvas.getByRole('textbox', { name: 'Promo or gift card code' });
  await userEvent.clear(field);
  await userEvent.type(field, code);
  await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
  return canvas;
}

export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Promo or gift card code' })).toHaveValue('');
    // $60.00 of goods and $6.95 of shipping.
    await expect(await canvas.findByText('$66.95', { selector: '[data-row="total"] dd' })).toBeVisible();
  },
};

export const Applied: Story = {
  play: async ({ canvasElement }) => {
    // The demo project ignores case; the chip shows the code as typed.
    const canvas = await submitCode(canvasElement, 'welcome10');
    // 10% of the order amount, shipping included: $66.95.
    await expect(await canvas.findByText('welcome10 · −\u2060$6.70')).toBeVisible();
    await expect(await canvas.findByText('$60.25', { selector: '[data-row="total"] dd' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('welcome10 applied');
    await expect(canvas.getByRole('button', { name: 'Remove welcome10' })).toBeEnabled();
  },
};

export const Rejected: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await submitCode(canvasElement, 'NOPE');
    const alert = canvas.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent("We couldn't find the code NOPE"));
    await expect(canvas.getByRole('textbox', { name: 'Promo or gift card code' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

/** A reason-specific error with its recovery action: a link back to the cart. */
export const BelowMinimum: Story = {
  args: { cart: thirtyDollarCart },
  play: async ({ canvasElement }) => {
    const canvas = await submitCode(canvasElement, 'WELCOME10');
    const alert = canvas.getByRole('alert');
    // $50.00 of order amount: $30.00 and $6.95 of shipping are $13.05 short.
    await waitFor(() => expect(alert).toHaveTextContent('Add $13.05 more to use WELCOME10'));
    const recovery = canvas.getByRole('link', { name: 'Add $13.05 more' });
    await expect(recovery).toHaveAttribute('href', '#cart');
  },
};

/** Two codes stacked as chips, each removable; the totals sum both. */
export const Stacked: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await submitCode(canvasElement, 'WELCOME10');
    await canvas.findByText('WELCOME10 · −\u2060$6.70');
    await submitCode(canvasElement, 'SAVE5');
    await expect(await canvas.findByText('SAVE5 · −\u2060$5.00')).toBeVisible();
    await expect(await canvas.findByText('$55.25', { selector: '[data-row="total"] dd' })).toBeVisible();
  },
};

/** Keyboard only: type and apply with Enter, remove with Enter; focus lands on the next chip. */
export const KeyboardRemove: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('textbox', { name: 'Promo or gift card code' }).focus();
    await userEvent.keyboard('WELCOME10{Enter}');
    await canvas.findByText('WELCOME10 · −\u2060$6.70');
    await userEvent.keyboard('SAVE5{Enter}');
    await canvas.findByText('SAVE5 · −\u2060$5.00');
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Remove WELCOME10' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Remove SAVE5' })).toHaveFocus());
    await expect(await canvas.findByText('$61.95', { selector: '[data-row="total"] dd' })).toBeVisible();
  },
};

/** A cart the shopper can shrink from $60.00 to $30.00, below WELCOME10's minimum. */
function ShrinkingCart(): ReactNode {
  const [cart, setCart] = useState(sixtyDollarCart);
  return (
    <div style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
      <button type="button" onClick={() => setCart(thirtyDollarCart)}>
        Swap the mug and tote for a cap
      </button>
      <StoryCart cart={cart} />
    </div>
  );
}

/**
 * Per-code state on the chips: WELCOME10 is pending while it is checked, then applied; when the
 * cart falls below its minimum, its chip says why it stopped applying and can still be removed.
 */
export const StoppedApplying: Story = {
  render: () => <ShrinkingCart />,
  play: async ({ canvasElement }) => {
    const canvas = await submitCode(canvasElement, 'WELCOME10');
    await canvas.findByText('WELCOME10 · −\u2060$6.70');
    await userEvent.click(canvas.getByRole('button', { name: 'Swap the mug and tote for a cap' }));
    const reason = await canvas.findByText('Add $13.05 more to use WELCOME10');
    await expect(reason.closest('li')).toHaveAttribute('data-state', 'rejected');
    await expect(await canvas.findByText('$36.95', { selector: '[data-row="total"] dd' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Remove WELCOME10' }));
    await waitFor(() => expect(canvas.queryByRole('region', { name: 'Applied discounts' })).toBeNull());
  },
};

/**
 * An exclusive code stands alone: SAVE5 after CLEARANCE30 is refused with the clash named, and the
 * recovery action, used by keyboard, removes CLEARANCE30 and applies SAVE5 instead.
 */
export const ReplaceRecovery: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await submitCode(canvasElement, 'CLEARANCE30');
    // 30% of $60.00 and $6.95 of shipping.
    await canvas.findByText('CLEARANCE30 · −\u2060$20.09');
    await submitCode(canvasElement, 'SAVE5');
    const alert = canvas.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent("SAVE5 can't be combined with CLEARANCE30"));
    const recovery = canvas.getByRole('button', { name: 'Remove CLEARANCE30 and use this' });
    recovery.focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText('SAVE5 · −\u2060$5.00')).toBeVisible();
    await waitFor(() => expect(canvas.queryByText('CLEARANCE30 · −\u2060$20.09')).toBeNull());
    await expect(canvas.getByRole('textbox', { name: 'Promo or gift card code' })).toHaveFocus();
  },
};

/** A code for members only, tried as a guest: the recovery action is a sign-in link. */
export const SignInRecovery: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await submitCode(canvasElement, 'VIP20');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Sign in to use VIP20'));
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '#sign-in');
  },
};

const rejections = [
  ['NOPE', "We couldn't find the code NOPE"],
  ['OLDSPRING', 'The code OLDSPRING has expired'],
  ['AUTUMN20', "The code AUTUMN20 isn't active yet"],
  ['PAUSED5', 'The code PAUSED5 is no longer active'],
  ['LASTONE', 'The code LASTONE has been used up'],
] as const;

/** Every rejection the demo engine produces, each explained in its own words. */
export const RejectionReasons: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      {rejections.map(([code]) => (
        <section key={code} aria-label={code}>
          <StoryCart {...args} heading={`Applied discounts with ${code}`} />
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const [code, text] of rejections) {
      const region = within(canvasElement).getByRole('region', { name: code });
      await submitCode(region, code);
      await waitFor(() => expect(within(region).getByRole('alert')).toHaveTextContent(text));
    }
  },
};

/**
 * A code input on `cart`, showing `code` as typed; with `submit`, the code is submitted as the page
 * opens, and `onSettled` hears when the BFF answered it.
 */
function CodeOnCart(props: {
  cart: Cart;
  code?: string;
  submit?: boolean;
  onSettled?: () => void;
}): ReactNode {
  const { cart, code, submit = false, onSettled } = props;
  const promo = usePromoCart(cart);
  return (
    <SubmitWhen when={submit}>
      <CodeInput
        defaultValue={code}
        apply={(typed) => promo.apply(typed).finally(onSettled)}
        onRemove={promo.remove}
        cartHref="#cart"
        signInHref="#sign-in"
      />
    </SubmitWhen>
  );
}

/**
 * Once `ready`, the story's session guesses unknown codes until the BFF refuses to check more, then
 * SAVE5 is submitted: the BFF refuses it too.
 */
function AfterTooManyGuesses({ ready }: { ready: boolean }): ReactNode {
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let mounted = true;
    void guessCodesUntilRefused().then(() => mounted && setRefused(true));
    return () => {
      mounted = false;
    };
  }, [ready]);
  return <CodeOnCart cart={sixtyDollarCart} code="SAVE5" submit={refused} />;
}

/** A partner code as long as they come: it wraps inside the panel, never widening it. */
const LONG_CODE = 'SUMMER-SALE-2026-EXTRA-LONG-PARTNER-CODE42';

/** Every state of the code input, each in a scope of its own, with the real BFF's answers. */
function CodeInputStates(): ReactNode {
  // The refusal blocks every code of the session, so it waits for the other answers.
  const [answered, answer] = useReducer((count: number) => count + 1, 0);
  return (
    <StateGrid>
      <ScopedStates
        component={CodeOnCart}
        states={{ Idle: { cart: sixtyDollarCart }, Editing: { cart: sixtyDollarCart, code: 'SAVE5' } }}
      />
      <StatePanel title="Loading: checking a code, on a slow network" client={stalledClient}>
        <CodeOnCart cart={sixtyDollarCart} code="WELCOME10" submit />
      </StatePanel>
      <ScopedStates
        component={CodeOnCart}
        states={{
          Applied: { cart: sixtyDollarCart, code: 'WELCOME10', submit: true, onSettled: answer },
          Rejected: { cart: sixtyDollarCart, code: 'NOPE', submit: true, onSettled: answer },
          'Rejected, with a recovery action': {
            cart: thirtyDollarCart,
            code: 'WELCOME10',
            submit: true,
            onSettled: answer,
          },
          'Rejected, a 42-character code': {
            cart: sixtyDollarCart,
            code: LONG_CODE,
            submit: true,
            onSettled: answer,
          },
        }}
      />
      <StatePanel title="Failed: too many attempts" scoped>
        <AfterTooManyGuesses ready={answered >= 4} />
      </StatePanel>
      <StatePanel title="Error: the promotions service failed" client={failingClient}>
        <CodeOnCart cart={sixtyDollarCart} code="WELCOME10" submit />
      </StatePanel>
      <StatePanel title="Offline: no network" client={offlineClient}>
        <CodeOnCart cart={sixtyDollarCart} code="WELCOME10" submit />
      </StatePanel>
    </StateGrid>
  );
}

/**
 * Idle (empty), editing, loading: checking a code (the answer still on its way; the field and button
 * are there from the start, only the answer is waited for), applied, rejected with the reason, rejected
 * with a recovery action, failed when the BFF refuses to check more codes for a while, and failed
 * when the service breaks or the network is gone.
 */
export const States: Story = {
  render: () => <CodeInputStates />,
  play: async ({ canvasElement }) => {
    const field = (panel: StateQueries) => panel.getByRole('textbox', { name: 'Promo or gift card code' });

    const idle = statePanel(canvasElement, 'Idle');
    await expect(field(idle)).toHaveValue('');
    await expect(field(idle)).toHaveAttribute('data-state', 'idle');
    await expect(idle.getByRole('button', { name: 'Apply' })).toHaveAttribute('aria-disabled', 'true');

    const editing = statePanel(canvasElement, 'Editing');
    await expect(field(editing)).toHaveValue('SAVE5');
    await expect(field(editing)).toHaveAttribute('data-state', 'editing');
    await expect(editing.getByRole('button', { name: 'Apply' })).toHaveAttribute('aria-disabled', 'false');

    const applied = statePanel(canvasElement, 'Applied');
    await waitFor(() => expect(applied.getByRole('status')).toHaveTextContent('WELCOME10 applied'));
    await expect(field(applied)).toHaveAttribute('data-state', 'applied');
    await expect(field(applied)).toHaveValue('');

    const rejected = statePanel(canvasElement, 'Rejected');
    const reason = rejected.getByRole('alert');
    await waitFor(() => expect(reason).toHaveTextContent("We couldn't find the code NOPE"));
    await expect(reason).toHaveAttribute('data-reason', 'not_found');
    await expect(field(rejected)).toHaveAttribute('aria-invalid', 'true');
    await expect(field(rejected)).toHaveValue('NOPE');

    const recovery = statePanel(canvasElement, 'Rejected, with a recovery action');
    await waitFor(() =>
      expect(recovery.getByRole('alert')).toHaveTextContent('Add $13.05 more to use WELCOME10'),
    );
    await expect(recovery.getByRole('alert')).toHaveAttribute('data-reason', 'cart_below_minimum');
    await expect(recovery.getByRole('link', { name: 'Add $13.05 more' })).toHaveAttribute('href', '#cart');

    const long = statePanel(canvasElement, 'Rejected, a 42-character code');
    await waitFor(() =>
      expect(long.getByRole('alert')).toHaveTextContent(`We couldn't find the code ${LONG_CODE}`),
    );
    const panel = long.getByRole('alert').closest('section') as HTMLElement;
    await expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth);

    const failed = statePanel(canvasElement, 'Failed: too many attempts');
    await waitFor(
      () =>
        expect(failed.getByRole('alert')).toHaveTextContent(
          'Too many attempts. Please wait a moment and try again',
        ),
      { timeout: 5000 },
    );
    await expect(failed.getByRole('alert')).toHaveAttribute('data-state', 'error');
    await expect(field(failed)).toHaveAttribute('data-state', 'error');
    await expect(field(failed)).toHaveValue('SAVE5');

    // A failed service and no network: the shopper is told to try again, the code kept as typed.
    for (const name of ['Error: the promotions service failed', 'Offline: no network']) {
      const broken = statePanel(canvasElement, name);
      await waitFor(
        () =>
          expect(broken.getByRole('alert')).toHaveTextContent(
            "We couldn't check your code right now. Please try again.",
          ),
        { timeout: 10_000 },
      );
      await expect(field(broken)).toHaveAttribute('data-state', 'error');
      await expect(field(broken)).toHaveValue('WELCOME10');
    }

    const checking = statePanel(canvasElement, 'Loading: checking a code, on a slow network');
    // Checked last, once every other code was answered: this answer is still on its way.
    await expect(checking.getByRole('status')).toHaveTextContent('Checking WELCOME10…');
    await expect(field(checking)).toHaveAttribute('data-state', 'validating');
    await expect(field(checking)).toHaveAttribute('aria-busy', 'true');
    await expect(field(checking)).toHaveAttribute('readonly');
    await expect(checking.getByRole('button', { name: 'Apply' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/**
 * The same states in the dark theme and in Arabic, right to left, as the toolbar's Theme and Locale
 * set them: rendered and checked by axe there too.
 */
export const StatesDarkRightToLeft: Story = {
  ...States,
  ...darkRightToLeft,
};
