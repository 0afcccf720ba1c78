import type { PromoClient } from '@promokit/core';
import { type ComponentType, type ReactNode, useEffect, useId, useRef } from 'react';
import { expect, within } from 'storybook/test';

import { PromoScope } from './story-scope.js';

/** A component's states side by side, each in a {@link StatePanel}. */
export function StateGrid({ children }: { children: ReactNode }): ReactNode {
  return (
    <div
      style={{
        display: 'grid',
        gap: '1.5rem',
        gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))',
        alignItems: 'start',
      }}
    >
      {children}
    </div>
  );
}

/** Props of {@link StatePanel}. */
interface StatePanelProps {
  title: string;
  /** Gives the state a {@link PromoScope} of its own, so its codes reach no other state's cart. */
  scoped?: boolean;
  /** The scope's client, when the state needs another network than the story's (implies `scoped`). */
  client?: PromoClient;
  children: ReactNode;
}

/** One state of a component, in a region named by its heading. */
export function StatePanel({ title, scoped = false, client, children }: StatePanelProps): ReactNode {
  const id = useId();
  return (
    <section aria-labelledby={id} style={{ display: 'grid', gap: '0.75rem' }}>
      <h2 id={id} style={{ margin: 0, fontSize: '1rem' }}>
        {title}
      </h2>
      {scoped || client ? <PromoScope client={client}>{children}</PromoScope> : children}
    </section>
  );
}

/**
 * A scoped {@link StatePanel} per state of `states`: each titled by its key and shown by
 * `component` with its value as props.
 */
export function ScopedStates<P extends object>(props: {
  component: ComponentType<P>;
  states: Record<string, P>;
}): ReactNode {
  const { component: Component, states } = props;
  return Object.entries(states).map(([title, state]) => (
    <StatePanel key={title} title={title} scoped>
      <Component {...state} />
    </StatePanel>
  ));
}

/** Queries inside the panel of the state named `name`. */
export function statePanel(canvasElement: HTMLElement, name: string) {
  return within(within(canvasElement).getByRole('region', { name }));
}

/** Queries inside one state's panel. */
export type StateQueries = ReturnType<typeof statePanel>;

/**
 * Submits the form inside once `when` holds, as a storefront does with a code or an amount that
 * arrives with the page: the component then shows what the real answer to it leads to.
 */
export function SubmitWhen({ when, children }: { when: boolean; children: ReactNode }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (when) ref.current?.querySelector('form')?.requestSubmit();
  }, [when]);
  return <div ref={ref}>{children}</div>;
}

/** That an offer's badge or hint says the offer `qualifies` or is `near`, and what it gives. */
export async function expectOffer(
  element: HTMLElement,
  state: 'qualifies' | 'near',
  effect: string,
): Promise<void> {
  await expect(element).toHaveAttribute('data-state', state);
  await expect(element).toHaveAttribute('data-effect', effect);
}

/**
 * What turns a States story into its dark, right-to-left twin: the toolbar's Theme and Locale globals
 * set to dark and Arabic, and a check that the states render there (axe then checks them, contrast
 * included); the twin's own checks stop there, as the States story's read English.
 */
export const darkRightToLeft = {
  globals: { theme: 'dark', locale: 'ar' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const surface = canvasElement.querySelector('[data-promo-theme]');
    await expect(surface).toHaveAttribute('data-promo-theme', 'dark');
    await expect(surface).toHaveAttribute('dir', 'rtl');
    await expect(surface).toHaveAttribute('lang', 'ar');
    await expect(surface?.textContent).not.toBe('');
  },
};

/**
 * That a part's loading skeleton is as tall as the part once its data came, within a pixel: nothing
 * below it moves when the data arrives.
 */
export async function expectNoShift(loading: Element | null, loaded: Element | null): Promise<void> {
  const height = (element: Element | null) => element?.getBoundingClientRect().height ?? Number.NaN;
  await expect(Math.abs(height(loading) - height(loaded))).toBeLessThanOrEqual(1);
}

/**
 * The part loading in `panel`: the one busy root there, read by assistive technology as
 * "Loading…" alone (its bars are hidden from it), and holding no control.
 */
export async function expectLoading(panel: StateQueries): Promise<HTMLElement> {
  const status = panel.getByRole('status');
  await expect(status).toHaveTextContent('Loading…');
  const root = status.closest<HTMLElement>('[aria-busy="true"]');
  await expect(root).toHaveAttribute('data-state', 'loading');
  for (const bar of root?.querySelectorAll('[data-part="skeleton"]') ?? []) {
    await expect(bar).toHaveAttribute('aria-hidden', 'true');
    await expect(bar).toBeVisible();
  }
  await expect(root?.querySelector('button, input, a, select, textarea')).toBeNull();
  return root as HTMLElement;
}
