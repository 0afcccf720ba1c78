import { fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type MouseEvent, createRef } from 'react';
import { describe, expect, it } from 'vitest';

import { mergeProps } from './merge-props.js';

describe('mergeProps', () => {
  it("runs the storefront's handler, then the kit's", async () => {
    const calls: string[] = [];
    const props = mergeProps({ onClick: () => calls.push('kit') }, { onClick: () => calls.push('own') });
    render(<button {...props}>Apply</button>);
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(calls).toEqual(['own', 'kit']);
  });

  it("skips the kit's handler when the storefront's prevents the default", async () => {
    const calls: string[] = [];
    const props = mergeProps(
      { onClick: () => calls.push('kit') },
      {
        onClick: (event: MouseEvent) => {
          calls.push('own');
          event.preventDefault();
        },
      },
    );
    render(<button {...props}>Apply</button>);
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(calls).toEqual(['own']);
  });

  it("joins class names and descriptions, merges styles with the storefront's winning", () => {
    render(
      <>
        <p id="kit-note">Kit note</p>
        <p id="own-note">Own note</p>
        <input
          aria-label="Code"
          {...mergeProps(
            { className: 'promo', 'aria-describedby': 'kit-note', style: { color: 'red', margin: 0 } },
            { className: 'shop', 'aria-describedby': 'own-note', style: { color: 'blue' } },
          )}
        />
      </>,
    );
    // Described by both notes, the kit's first.
    const input = screen.getByRole('textbox', { name: 'Code', description: 'Kit note Own note' });
    expect(input.className).toBe('promo shop');
    expect(input.style.color).toBe('blue');
    expect(input.style.margin).toBe('0px');
  });

  it("lets the storefront's other props win, except where it gives undefined", () => {
    render(
      <input
        {...mergeProps(
          { id: 'kit', 'aria-label': 'Code', placeholder: 'Kit', name: 'promo-code' },
          { id: 'shop-code', placeholder: 'SUMMER10', name: undefined },
        )}
      />,
    );
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Code' });
    expect([input.id, input.placeholder, input.name]).toEqual(['shop-code', 'SUMMER10', 'promo-code']);
  });

  it('gives the element to both refs, and takes it back from both, cleanups included', () => {
    const own = createRef<HTMLInputElement>();
    const seen: (string | null)[] = [];
    const kit = (element: HTMLInputElement | null) => {
      seen.push(element && element.id);
      return () => void seen.push('cleanup');
    };
    const { unmount } = render(
      <input aria-label="Code" id="code" {...mergeProps({ ref: kit }, { ref: own })} />,
    );
    expect(own.current).toBe(screen.getByRole('textbox', { name: 'Code' }));
    expect(seen).toEqual(['code']);
    unmount();
    expect(own.current).toBeNull();
    expect(seen).toEqual(['code', 'cleanup']);
  });

  it('merges handlers that are not DOM events too, passing every argument', () => {
    const calls: unknown[] = [];
    const merged = mergeProps(
      { onValueChange: (...args: unknown[]) => calls.push(['kit', ...args]) },
      { onValueChange: (...args: unknown[]) => calls.push(['own', ...args]) },
    );
    merged.onValueChange('a', 1);
    expect(calls).toEqual([
      ['own', 'a', 1],
      ['kit', 'a', 1],
    ]);
    render(
      <input
        aria-label="Code"
        onChange={() => {}}
        {...mergeProps({ onFocus: () => calls.push('focus') }, {})}
      />,
    );
    fireEvent.focus(screen.getByRole('textbox', { name: 'Code' }));
    expect(calls.at(-1)).toBe('focus');
  });
});
