import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { Slot } from './slot.js';

describe('Slot', () => {
  it("renders the child with the part's attributes, the child's own winning, and runs both handlers", async () => {
    const calls: string[] = [];
    render(
      <Slot data-part="apply" aria-label="Apply SAVE5" onClick={() => calls.push('part')}>
        <button type="button" aria-label="Use SAVE5" onClick={() => calls.push('child')}>
          Use
        </button>
      </Slot>,
    );
    const button = screen.getByRole('button', { name: 'Use SAVE5' });
    expect(button.dataset.part).toBe('apply');
    await userEvent.click(button);
    expect(calls).toEqual(['child', 'part']);
  });

  it("skips the part's handler when the child's prevents the default, and joins class names", async () => {
    const calls: string[] = [];
    render(
      <Slot data-part="apply" className="promo" onClick={() => calls.push('part')}>
        <a
          href="#offer"
          className="shop"
          onClick={(event) => {
            calls.push('child');
            event.preventDefault();
          }}
        >
          Offer
        </a>
      </Slot>,
    );
    const link = screen.getByRole('link', { name: 'Offer' });
    expect(link.className).toBe('promo shop');
    await userEvent.click(link);
    expect(calls).toEqual(['child']);
  });

  it('takes exactly one element', () => {
    expect(() => render(<Slot>text</Slot>)).toThrow();
  });
});
