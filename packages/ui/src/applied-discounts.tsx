import type { Applied, AppliedPromotion } from '@promokit/core';
import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';

import { describeEffect } from './messages/describe-effect.js';
import { useMessages } from './messages/use-messages.js';
import { createPartContext } from './part-context.js';

/** Props of {@link AppliedDiscounts} and {@link AppliedDiscountsRoot}. */
export interface AppliedDiscountsProps {
  /** The codes that apply; removable when `onRemove` is given. */
  applied: readonly Applied[];
  /** Promotions applied automatically; shown, never removable. */
  promotions?: readonly AppliedPromotion[];
  /** Removes a code; without it the chips are not removable. */
  onRemove?: (code: string) => void;
  /** Codes being added or removed right now: their chips show as pending. */
  pending?: readonly string[];
  /** Level of the section heading, to fit the page's outline; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Where focus goes when the last removable code is removed, e.g. the code field. */
  focusWhenEmpty?: RefObject<HTMLElement | null>;
  children?: ReactNode;
}

interface AppliedDiscountsContext {
  applied: readonly Applied[];
  promotions: readonly AppliedPromotion[];
  headingId: string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  onRemove: ((code: string) => void) | undefined;
  pending: readonly string[];
  /** Removes a code and remembers where its chip was, to move focus after it leaves. */
  remove(code: string): void;
}

const [Context, usePart] = createPartContext<AppliedDiscountsContext>('AppliedDiscounts');

const none: readonly never[] = [];

/**
 * The applied codes and promotions as a labelled section, hidden while there are none. After a
 * removal, focus moves to the next chip's remove button, else the previous one, else the heading,
 * else `focusWhenEmpty`.
 */
function AppliedDiscountsRoot(props: AppliedDiscountsProps): ReactNode {
  const { applied, promotions = none, onRemove, pending = none, headingLevel = 2, focusWhenEmpty } = props;
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const removed = useRef<{ code: string; index: number } | null>(null);

  useEffect(() => {
    const last = removed.current;
    if (!last || applied.some((item) => item.code === last.code)) return;
    const buttons = root.current?.querySelectorAll<HTMLElement>('[data-part="remove"]');
    const target =
      (buttons?.length ? buttons[Math.min(last.index, buttons.length - 1)] : undefined) ??
      (promotions.length ? root.current?.querySelector<HTMLElement>('[data-part="heading"]') : undefined) ??
      focusWhenEmpty?.current;
    if (!target) return;
    removed.current = null;
    target.focus();
  }, [applied, promotions, focusWhenEmpty]);

  const remove = (code: string) => {
    removed.current = { code, index: applied.findIndex((item) => item.code === code) };
    onRemove?.(code);
  };

  const empty = !applied.length && !promotions.length;
  return (
    <Context.Provider value={{ applied, promotions, headingId, headingLevel, onRemove, pending, remove }}>
      <section
        ref={root}
        data-scope="applied-discounts"
        data-part="root"
        data-state={empty ? 'empty' : 'filled'}
        aria-labelledby={headingId}
        hidden={empty}
      >
        {props.children ?? (
          <>
            <AppliedDiscountsHeading />
            <AppliedDiscountsList />
          </>
        )}
      </section>
    </Context.Provider>
  );
}

/** The section heading, at the root's `headingLevel`; takes focus when the last code goes. */
function AppliedDiscountsHeading({ children }: { children?: ReactNode }): ReactNode {
  const { headingId, headingLevel } = usePart('Heading');
  const { t } = useMessages();
  const Heading = `h${headingLevel}` as const;
  return (
    <Heading data-scope="applied-discounts" data-part="heading" id={headingId} tabIndex={-1}>
      {children ?? t('applied.heading')}
    </Heading>
  );
}

/** Every applied promotion, then every code, as chips. */
function AppliedDiscountsList(): ReactNode {
  const { applied, promotions } = usePart('List');
  return (
    <ul data-scope="applied-discounts" data-part="list">
      {promotions.map((item) => (
        <AppliedDiscountsItem key={item.id} item={item} />
      ))}
      {applied.map((item) => (
        <AppliedDiscountsItem key={item.code} item={item} />
      ))}
    </ul>
  );
}

/**
 * One chip: a code with what it takes off and a remove button, or an automatic promotion marked as
 * such. Discounts worth no money say what they give ("FREERIDE · 1 free ride unlock").
 */
function AppliedDiscountsItem({ item }: { item: Applied | AppliedPromotion }): ReactNode {
  const { onRemove, pending, remove } = usePart('Item');
  const messages = useMessages();
  const { t, money } = messages;
  const isCode = 'code' in item;
  const name = isCode ? item.code : item.label;
  const isPending = isCode && pending.includes(item.code);
  const effect = describeEffect(item.effect, messages);
  return (
    <li
      data-scope="applied-discounts"
      data-part="item"
      data-kind={isCode ? item.kind : 'promotion'}
      data-effect={item.effect.type}
      data-state={isPending ? 'pending' : 'applied'}
      aria-busy={isPending}
    >
      <span data-scope="applied-discounts" data-part="label">
        {item.discount > 0
          ? t('applied.chip', { code: name, amount: money(item.discount) })
          : t('applied.chip_effect', { code: name, effect })}
      </span>
      <span data-scope="applied-discounts" data-part="detail">
        {isCode ? (item.discount > 0 ? effect : null) : t('applied.automatic')}
      </span>
      {isCode && onRemove && (
        <button
          type="button"
          data-scope="applied-discounts"
          data-part="remove"
          aria-label={t(isPending ? 'applied.pending' : 'applied.remove', { code: item.code })}
          aria-disabled={isPending}
          onClick={() => {
            if (!isPending) remove(item.code);
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </li>
  );
}

/**
 * The codes and promotions applied to the cart, each with what it takes off. Compose the parts
 * yourself (`AppliedDiscounts.Root`, `.Heading`, `.List`, `.Item`) to change the layout.
 */
export function AppliedDiscounts(props: Omit<AppliedDiscountsProps, 'children'>): ReactNode {
  return <AppliedDiscountsRoot {...props} />;
}

AppliedDiscounts.Root = AppliedDiscountsRoot;
AppliedDiscounts.Heading = AppliedDiscountsHeading;
AppliedDiscounts.List = AppliedDiscountsList;
AppliedDiscounts.Item = AppliedDiscountsItem;
