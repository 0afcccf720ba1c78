import type { Applied, AppliedPromotion } from '@promokit/core';
import { type CartCode, type ElementProps, mergeProps, usePromoContext } from '@promokit/react';
import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';

import { describeEffect } from './messages/describe-effect.js';
import { rejectionMessage } from './messages/rejection-message.js';
import { useMessages } from './messages/use-messages.js';
import { createPartContext } from './part-context.js';
import { useFollowedId } from './use-followed-id.js';

/**
 * Props of {@link AppliedDiscounts} and {@link AppliedDiscountsRoot}, and the section's own
 * (`className`, `id`, `aria-*`, `data-*`, handlers, `ref`), merged with the kit's.
 */
export interface AppliedDiscountsProps extends ElementProps<'section'> {
  /** The codes that apply; removable when `onRemove` is given. */
  applied: readonly Applied[];
  /**
   * Every code with where it stands, e.g. `usePromoCart(cart).items`: chips show as pending while a
   * code is added, checked or removed, and say why a code stopped applying (the cart fell below its
   * minimum, say). Given, it replaces `applied` and `pending` as the source of the code chips.
   */
  items?: readonly CartCode[];
  /** Promotions applied automatically; shown, never removable. */
  promotions?: readonly AppliedPromotion[];
  /** Removes a code; without it the chips are not removable. */
  onRemove?: (code: string) => void;
  /** Codes being added or removed right now: their chips show as pending. */
  pending?: readonly string[];
  /** Level of the section heading, to fit the page's outline; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Where focus goes when the last removable code is removed; by default the code field
   * (`CodeInput`, or any field on `useCodeField`) under the same `PromoProvider`.
   */
  focusWhenEmpty?: RefObject<HTMLElement | null>;
}

interface AppliedDiscountsContext {
  applied: readonly Applied[];
  items?: readonly CartCode[] | undefined;
  promotions: readonly AppliedPromotion[];
  headingId: string;
  /** The heading's ref: the section is labelled by the id you give the heading, if you do. */
  followHeading: (element: HTMLElement | null) => void;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  onRemove?: ((code: string) => void) | undefined;
  pending: readonly string[];
  /** Removes a code and remembers where its chip was, to move focus after it leaves. */
  remove(code: string): void;
}

const [Context, usePart] = createPartContext<AppliedDiscountsContext>('AppliedDiscounts');

const none: readonly never[] = [];

/** What a chip shows of a code (its kind, and what it pays when a card) or of a promotion. */
type Shown = Pick<Applied, 'effect' | 'discount' | 'paid'> & Partial<Pick<Applied, 'kind'>>;

/**
 * The applied codes and promotions as a labelled section, hidden while there are none. After a
 * removal, focus moves to the next chip's remove button, else the previous one, else the heading,
 * else `focusWhenEmpty`, by default the code field.
 */
function AppliedDiscountsRoot({
  applied,
  items,
  promotions = none,
  onRemove,
  pending = none,
  headingLevel = 2,
  focusWhenEmpty,
  children,
  ...section
}: AppliedDiscountsProps): ReactNode {
  const codes = (items ?? applied).map((item) => item.code);
  const { codeField } = usePromoContext('AppliedDiscounts');
  const [headingId, followHeading] = useFollowedId(useId());
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const removed = useRef<{ code: string; index: number } | null>(null);

  useEffect(() => {
    const last = removed.current;
    if (!last || codes.includes(last.code)) return;
    const buttons = root?.querySelectorAll<HTMLElement>('[data-part="remove"]');
    const target =
      (buttons?.length ? buttons[Math.min(last.index, buttons.length - 1)] : undefined) ??
      (promotions.length ? root?.querySelector<HTMLElement>('[data-part="heading"]') : undefined) ??
      (focusWhenEmpty ?? codeField).current;
    if (!target) return;
    removed.current = null;
    target.focus();
  });

  const remove = (code: string) => {
    removed.current = { code, index: codes.indexOf(code) };
    onRemove?.(code);
  };

  const empty = !codes.length && !promotions.length;
  return (
    <Context.Provider
      value={{
        applied,
        items,
        onRemove,
        promotions,
        headingId,
        followHeading,
        headingLevel,
        pending,
        remove,
      }}
    >
      <section
        data-scope="applied-discounts"
        data-part="root"
        data-state={empty ? 'empty' : 'filled'}
        aria-labelledby={headingId}
        hidden={empty}
        {...mergeProps({ ref: setRoot }, section)}
      >
        {children ?? (
          <>
            <AppliedDiscountsHeading />
            <AppliedDiscountsList />
          </>
        )}
      </section>
    </Context.Provider>
  );
}

/**
 * The section heading, at the root's `headingLevel`; takes focus when the last code goes. An `id`
 * you give it is the one the section is labelled by.
 */
function AppliedDiscountsHeading({ children, ...props }: ElementProps<'h2'>): ReactNode {
  const { headingId, followHeading, headingLevel } = usePart('Heading');
  const { t } = useMessages();
  const Heading = `h${headingLevel}` as const;
  return (
    <Heading
      data-scope="applied-discounts"
      data-part="heading"
      id={headingId}
      tabIndex={-1}
      {...mergeProps({ ref: followHeading }, props)}
    >
      {children ?? t('applied.heading')}
    </Heading>
  );
}

/** Every applied promotion, then every code, as chips. */
function AppliedDiscountsList(props: ElementProps<'ul', 'children'>): ReactNode {
  const { applied, items, promotions } = usePart('List');
  return (
    <ul data-scope="applied-discounts" data-part="list" {...props}>
      {promotions.map((item) => (
        <AppliedDiscountsItem key={item.id} item={item} />
      ))}
      {(items ?? applied).map((item) => (
        <AppliedDiscountsItem key={item.code} item={item} />
      ))}
    </ul>
  );
}

/**
 * One chip: a code with what it takes off and a remove button, or an automatic promotion marked as
 * such. Discounts worth no money say what they give ("FREERIDE · 1 free ride unlock"); a gift card
 * or loyalty card says what it pays ("GIFT-5000-DEMO · pays $20.00"), never as a saving. A code from
 * `items` is pending while it is added, checked or removed, and says why when it stopped applying.
 */
function AppliedDiscountsItem({
  item,
  ...props
}: { item: Applied | AppliedPromotion | CartCode } & ElementProps<'li', 'children'>): ReactNode {
  const { onRemove, pending, remove } = usePart('Item');
  const messages = useMessages();
  const { t, money } = messages;
  const code = 'code' in item ? item.code : undefined;
  const shown: Shown | undefined = 'status' in item ? item.applied : item;
  const state =
    'status' in item
      ? item.status === 'applied' || item.status === 'rejected'
        ? item.status
        : 'pending'
      : // A promotion has no code, and is never pending.
        pending.includes(code as string)
        ? 'pending'
        : 'applied';
  const isPending = state === 'pending';
  const rejection = 'status' in item ? item.rejection : undefined;
  const name = code ?? (item as AppliedPromotion).label;
  // A gift card or loyalty card pays part of the order: never shown as a discount.
  const paid = shown?.paid;
  return (
    <li
      data-scope="applied-discounts"
      data-part="item"
      data-kind={code ? shown?.kind : 'promotion'}
      data-effect={shown?.effect.type}
      data-state={state}
      aria-busy={isPending}
      {...props}
    >
      <span data-scope="applied-discounts" data-part="label">
        {shown
          ? t(
              paid !== undefined
                ? 'applied.chip_paid'
                : shown.discount
                  ? 'applied.chip'
                  : 'applied.chip_effect',
              {
                code: name,
                // What a code takes off is negative: the money formatter writes its sign.
                amount: money(paid ?? -shown.discount),
                effect: describeEffect(shown.effect, messages),
              },
            )
          : name}
      </span>
      <span data-scope="applied-discounts" data-part="detail">
        {state === 'rejected' && rejection
          ? rejectionMessage(rejection, messages)
          : !code
            ? t('applied.automatic')
            : shown?.discount
              ? describeEffect(shown.effect, messages)
              : null}
      </span>
      {code && onRemove && (
        <button
          type="button"
          data-scope="applied-discounts"
          data-part="remove"
          aria-label={t(isPending ? 'applied.pending' : 'applied.remove', { code })}
          aria-disabled={isPending}
          onClick={() => {
            if (!isPending) remove(code);
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </li>
  );
}

/**
 * The codes and promotions applied to the cart, each with what it takes off; its props go to the
 * section. Compose the parts yourself (`AppliedDiscounts.Root`, `.Heading`, `.List`, `.Item`, each
 * taking its element's own props) to change the layout.
 */
export function AppliedDiscounts(props: Omit<AppliedDiscountsProps, 'children'>): ReactNode {
  return <AppliedDiscountsRoot {...props} />;
}

AppliedDiscounts.Root = AppliedDiscountsRoot;
AppliedDiscounts.Heading = AppliedDiscountsHeading;
AppliedDiscounts.List = AppliedDiscountsList;
AppliedDiscounts.Item = AppliedDiscountsItem;
