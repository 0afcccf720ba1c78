import type { WalletEntry } from '@promokit/core';
import { type CartCode, type ElementProps, mergeProps, usePromoContext } from '@promokit/react';
import { type ReactNode, createContext, useContext, useId } from 'react';

import { describeEffect } from './messages/describe-effect.js';
import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';
import { createPartContext } from './part-context.js';
import { Skeleton } from './skeleton.js';
import { Slot } from './slot.js';
import { useFollowedId } from './use-followed-id.js';

/**
 * Props of {@link Wallet} and {@link WalletRoot}, and the section's own (`className`, `id`,
 * `aria-*`, `data-*`, handlers, `ref`).
 */
export interface WalletProps extends ElementProps<'section'> {
  /**
   * The shopper's codes, e.g. `useWallet().data?.entries`; their own referral code is left out.
   * While `undefined` (still loading) the list is a skeleton of one code and the section is busy.
   */
  entries: readonly WalletEntry[] | undefined;
  /** Applies a code in one click, e.g. `usePromoCart(cart).apply`. */
  onApply: (code: string) => void;
  /**
   * The cart's codes with where they stand, e.g. `usePromoCart(cart).items`: a code being added
   * shows as pending, an applying one as applied. Given, it replaces `applied` and `pending`.
   */
  items?: readonly CartCode[];
  /** Codes already on the cart: shown as applied. */
  applied?: readonly string[];
  /** Codes being applied right now. */
  pending?: readonly string[];
  /** Level of the section heading; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/** Where one of the shopper's codes stands on the cart. */
type EntryState = 'available' | 'pending' | 'applied';

interface WalletContext {
  /** `undefined` while loading. */
  entries: readonly WalletEntry[] | undefined;
  headingId: string;
  /** The heading's ref: the section is labelled by the id you give the heading, if you do. */
  followHeading: (element: HTMLElement | null) => void;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  stateOf(code: string): EntryState;
  onApply: (code: string) => void;
}

const [Context, usePart] = createPartContext<WalletContext>('Wallet');
const ItemContext = createContext<{ entry: WalletEntry; state: EntryState; codeId: string } | null>(null);

const none: readonly never[] = [];

/** The labelled section holding the shopper's codes; gives its parts the entries and their state. */
function WalletRoot({
  entries,
  onApply,
  items,
  applied = none,
  pending = none,
  headingLevel = 2,
  children,
  ...props
}: WalletProps): ReactNode {
  const [headingId, followHeading] = useFollowedId(useId());
  // The wallet spells a code as upstream does, the cart as the shopper typed it: they are one code
  // as the project compares codes.
  const { codeMatching } = usePromoContext('Wallet');
  const among = (codes: readonly string[], code: string) =>
    codes.some((item) => codeMatching.same(item, code));
  const stateOf = (code: string): EntryState => {
    if (!items) return among(applied, code) ? 'applied' : among(pending, code) ? 'pending' : 'available';
    const status = items.find((item) => codeMatching.same(item.code, code))?.status;
    return status === undefined || status === 'rejected'
      ? 'available'
      : status === 'applied'
        ? status
        : 'pending';
  };
  const usable = entries?.filter((entry) => !entry.ownReferral);
  return (
    <Context.Provider value={{ entries: usable, headingId, followHeading, headingLevel, stateOf, onApply }}>
      <section
        data-scope="wallet"
        data-part="root"
        data-state={!usable ? 'loading' : usable.length ? 'filled' : 'empty'}
        aria-labelledby={headingId}
        aria-busy={!usable}
        {...props}
      >
        {children ?? (
          <>
            <WalletHeading />
            <WalletList />
            <WalletEmpty />
          </>
        )}
      </section>
    </Context.Provider>
  );
}

/**
 * The section heading, "Your codes", at the root's `headingLevel`. An `id` you give it is the one
 * the section is labelled by.
 */
function WalletHeading({ children, ...props }: ElementProps<'h2'>): ReactNode {
  const { headingId, followHeading, headingLevel } = usePart('Heading');
  const { t } = useMessages(en);
  const Heading = `h${headingLevel}` as const;
  return (
    <Heading
      data-scope="wallet"
      data-part="heading"
      id={headingId}
      {...mergeProps({ ref: followHeading }, props)}
    >
      {children ?? t('wallet.heading')}
    </Heading>
  );
}

/**
 * Every usable code as an item, hidden while there is none; while loading, a skeleton of one item. `children` renders each entry your way
 * (give each a `key`); by default a `Wallet.Item`.
 */
function WalletList({
  children,
  ...props
}: ElementProps<'ul', 'children'> & { children?: (entry: WalletEntry) => ReactNode }): ReactNode {
  const { entries } = usePart('List');
  if (!entries) {
    return (
      <ul data-scope="wallet" data-part="list" {...props}>
        <li data-scope="wallet" data-part="item" data-state="loading">
          {/* The name, the code and the detail, and the apply button beside them. */}
          <Skeleton scope="wallet" bars={['line', 'small', 'small', 'control']} />
        </li>
      </ul>
    );
  }
  if (!entries.length) return null;
  return (
    <ul data-scope="wallet" data-part="list" {...props}>
      {entries.map((entry) => (children ? children(entry) : <WalletItem key={entry.code} entry={entry} />))}
    </ul>
  );
}

/**
 * One code: its name, the code, its balance, points or effect, a loyalty card's tier and the points
 * the next tier needs, its expiry, and an apply button.
 * A loyalty card is paid with in points, chosen at checkout (`LoyaltyPoints`), so it says so in
 * place of the button. `children` replace the apply button, e.g. `<Wallet.Apply asChild>`.
 */
function WalletItem({ entry, children, ...props }: ElementProps<'li'> & { entry: WalletEntry }): ReactNode {
  const { stateOf } = usePart('Item');
  const messages = useMessages(en);
  const { t } = messages;
  const state = stateOf(entry.code);
  const codeId = useId();
  return (
    <ItemContext.Provider value={{ entry, state, codeId }}>
      <li data-scope="wallet" data-part="item" data-kind={entry.kind} data-state={state} {...props}>
        <span data-scope="wallet" data-part="label">
          {entry.label}
        </span>
        <span data-scope="wallet" data-part="code" id={codeId}>
          {entry.code}
        </span>
        <span data-scope="wallet" data-part="detail">
          {entry.balance !== undefined
            ? t('wallet.balance', { amount: messages.money(entry.balance) })
            : entry.points !== undefined
              ? t('wallet.points', { count: entry.points })
              : describeEffect(entry.effect, messages)}
        </span>
        {entry.tier && (
          <span data-scope="wallet" data-part="tier">
            {t(entry.tier.next ? 'wallet.next_tier' : 'wallet.tier', {
              tier: entry.tier.name,
              next: entry.tier.next?.name,
              points: entry.tier.next && t('wallet.points', { count: entry.tier.next.pointsToGo }),
            })}
          </span>
        )}
        {entry.expiresAt && (
          <span data-scope="wallet" data-part="expiry">
            {t('wallet.expires', { date: messages.date(entry.expiresAt) })}
          </span>
        )}
        {children ??
          (entry.kind === 'loyalty_card' ? (
            <span data-scope="wallet" data-part="hint">
              {t('wallet.points_at_checkout')}
            </span>
          ) : (
            <WalletApply />
          ))}
      </li>
    </ItemContext.Provider>
  );
}

/**
 * One-click apply for the item's code, named "Apply SUMMER10" for assistive technology; disabled
 * while pending, and reads "Applied" once applied. `asChild` renders your own button with the same
 * behaviour; with your own content, that content names it and the code describes it.
 */
function WalletApply({
  asChild,
  children,
  ...props
}: ElementProps<'button', 'type'> & { asChild?: boolean }): ReactNode {
  const { onApply } = usePart('Apply');
  const item = useContext(ItemContext);
  const { t } = useMessages(en);
  // The message only in development builds, as React's own; a production build names the part.
  if (!item) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? '<Wallet.Apply> must be used inside <Wallet.Item>.'
        : 'Wallet.Apply',
    );
  }
  const { entry, state, codeId } = item;
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      {...(asChild ? {} : { type: 'button' })}
      data-scope="wallet"
      data-part="apply"
      data-state={state}
      {...(children === undefined
        ? { 'aria-label': t(state === 'applied' ? 'wallet.applied' : 'wallet.apply', { code: entry.code }) }
        : { 'aria-describedby': codeId })}
      aria-disabled={state !== 'available'}
      aria-busy={state === 'pending'}
      {...mergeProps(
        {
          onClick: () => {
            if (state === 'available') onApply(entry.code);
          },
        },
        props,
      )}
    >
      {children ?? t(state === 'applied' ? 'wallet.done' : 'code.submit')}
    </Component>
  );
}

/** Says there is no saved code yet; renders nothing otherwise, nor while the codes load. */
function WalletEmpty({ children, ...props }: ElementProps<'p'>): ReactNode {
  const { entries } = usePart('Empty');
  const { t } = useMessages(en);
  if (!entries || entries.length) return null;
  return (
    <p data-scope="wallet" data-part="empty" {...props}>
      {children ?? t('wallet.empty')}
    </p>
  );
}

/**
 * The shopper's saved codes, cards and balances, each with its expiry and a one-click apply; its
 * props go to the section. Compose the parts yourself (`Wallet.Root`, `.Heading`, `.List`, `.Item`,
 * `.Apply`, `.Empty`, each taking its element's own props) to change the layout or render the
 * apply button as your own.
 */
export function Wallet(props: Omit<WalletProps, 'children'>): ReactNode {
  return <WalletRoot {...props} />;
}

Wallet.Root = WalletRoot;
Wallet.Heading = WalletHeading;
Wallet.List = WalletList;
Wallet.Item = WalletItem;
Wallet.Apply = WalletApply;
Wallet.Empty = WalletEmpty;
