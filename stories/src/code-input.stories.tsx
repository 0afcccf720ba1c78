import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { StoryCart, sixtyDollarCart } from './story-cart.js';

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
  await userEvent.type(canvas.getByRole('textbox', { name: 'Promo or gift card code' }), code);
  await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
  return canvas;
}

export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Promo or gift card code' })).toHaveValue('');
    await expect(await canvas.findByText('$60.00', { selector: '[data-row="total"] dd' })).toBeVisible();
  },
};

export const Applied: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await submitCode(canvasElement, 'welcome10');
    await expect(await canvas.findByText('WELCOME10 · −$6.00')).toBeVisible();
    await expect(await canvas.findByText('$54.00', { selector: '[data-row="total"] dd' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Remove WELCOME10' })).toBeEnabled();
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

export const BelowMinimum: Story = {
  args: { cart: { lines: [{ productId: 'cap', quantity: 1 }] } },
  play: async ({ canvasElement }) => {
    const canvas = await submitCode(canvasElement, 'WELCOME10');
    const alert = canvas.getByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Add $20.00 more to use WELCOME10'));
  },
};
