import type { BoughtReward, Rejection, Totals } from '@promokit/core';
import { type ElementProps, mergeProps } from '@promokit/react';
import { type ReactNode, useId, useState, useSyncExternalStore } from 'react';

import { en } from './messages/en.js';
import { rejectionMessage } from './messages/rejection-message.js';
import { useMessages } from './messages/use-messages.js';
import { createPartContext } from './part-context.js';
import { Skeleton } from './skeleton.js';
import { Slot } from './slot.js';

/**
 * Props of {@link RedemptionSummary} and {@link RedemptionSummaryRoot}, and the section's own
 * (`className`, `id`, `aria-*`, `data-*`, handlers, `ref`).
 */
export interface RedemptionSummaryProps extends ElementProps<'section'> {
  /**
   * The redeemed order's totals (a `redeemed` redemption's `totals`), in their own currency: what
   * promotions and coupons saved (`discount`), what each gift card and loyalty card paid (`paid`)
   * and the amount charged besides (`due`).
   */
  totals?: Totals;
  /** Loyalty points the order earned (a `redeemed` redemption's `pointsEarned`). */
  pointsEarned?: number;
  /**
   * The amount the points were earned on, in minor units of the totals' currency (a `redeemed`
   * redemption's `pointsEarnedOn`); said beside the points when given.
   */
  pointsEarnedOn?: number;
  /**
   * Codes that did not apply when the order was placed (a `redeemed` redemption's `rejected`), each
   * said with its reason; the order went on without them.
   */
  rejected?: readonly Rejection[];
  /**
   * Loyalty rewards the order bought with card points (a `redeemed` redemption's `rewards`): each
   * product said to be in the order, each coupon with its code, now the shopper's.
   */
  rewards?: readonly BoughtReward[];
  /** The shopper's own referral code, to copy and share. */
  referralCode?: string;
  /** Where the shared link leads; default the current page's origin. */
  shareUrl?: string;
  /** Level of the section heading; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * The section heading, which also names the section; default "Your savings". Give each summary
   * its own when several share a page.
   */
  heading?: ReactNode;
  /** Replaces the referral block, e.g. with `RedemptionSummary.Copy asChild` in your own markup. */
  children?: ReactNode;
  /**
   * While true (the order is being redeemed, e.g. `useRedeem().isPending`), the heading shows over a
   * skeleton of the saving and the charge, the section marked busy, whatever the other props hold.
   */
  loading?: boolean;
}

interface RedemptionSummaryContext {
  referralCode: string | undefined;
  shareUrl: string | undefined;
  copied: boolean;
  setCopied(copied: boolean): void;
}

const [Context, usePart] = createPartContext<RedemptionSummaryContext>('RedemptionSummary');

const subscribeToNothing = () => () => {};
const browserCanShare = () => typeof navigator.share === 'function';
const serverCannotShare = () => false;

/**
 * The summary: heading, what the shopper saved (when anything), what each card paid and the amount
 * charged besides (when a card paid), points earned, the codes that did not apply, then the
 * referral block.
 */
function RedemptionSummaryRoot(props: RedemptionSummaryProps): ReactNode {
  const {
    totals,
    pointsEarned,
    pointsEarnedOn,
    rejected,
    rewards,
    referralCode,
    shareUrl,
    headingLevel = 2,
    heading,
    children,
    loading,
    ...section
  } = props;
  const messages = useMessages(en);
  const { t } = messages;
  const money = (amount: number) => messages.money(amount, totals?.currency);
  const saved = totals?.discount;
  const headingId = useId();
  const rejectedId = useId();
  const [copied, setCopied] = useState(false);
  const Heading = `h${headingLevel}` as const;
  const row = (name: string, term: string, amount: number, kind?: string) => (
    <div key={term} data-scope="redemption-summary" data-part="row" data-row={name} data-kind={kind}>
      <dt>{term}</dt>
      <dd>{money(amount)}</dd>
    </div>
  );

  return (
    <Context.Provider value={{ referralCode, shareUrl, copied, setCopied }}>
      <section
        data-scope="redemption-summary"
        data-part="root"
        data-state={loading ? 'loading' : undefined}
        aria-labelledby={headingId}
        aria-busy={loading}
        {...section}
      >
        <Heading data-scope="redemption-summary" data-part="heading" id={headingId}>
          {heading ?? t('summary.heading')}
        </Heading>
        {loading ? (
          <Skeleton scope="redemption-summary" bars={['line', 'line']} />
        ) : (
          <>
            {saved ? (
              <p data-scope="redemption-summary" data-part="saved">
                {t('summary.saved', { amount: money(saved) })}
              </p>
            ) : null}
            {totals?.paid.length ? (
              <dl data-scope="redemption-summary" data-part="payments">
                {totals.paid.map((payment) =>
                  row(
                    'payment',
                    t(`totals.${payment.kind}`, { code: payment.code }),
                    payment.amount,
                    payment.kind,
                  ),
                )}
                {row('charged', t('summary.charged'), totals.due)}
              </dl>
            ) : null}
            {pointsEarned ? (
              <p data-scope="redemption-summary" data-part="points">
                {pointsEarnedOn === undefined
                  ? t('summary.points', { count: pointsEarned })
                  : t('summary.points_on', { count: pointsEarned, amount: money(pointsEarnedOn) })}
              </p>
            ) : null}
            {rewards?.map((reward) => (
              <p key={reward.id} data-scope="redemption-summary" data-part="reward" data-kind={reward.kind}>
                {reward.coupon
                  ? t('summary.reward_coupon', { reward: reward.name, code: reward.coupon })
                  : t('summary.reward_product', { reward: reward.name })}
              </p>
            ))}
            {rejected?.length ? (
              <div data-scope="redemption-summary" data-part="rejected">
                <p data-scope="redemption-summary" data-part="rejected-heading" id={rejectedId}>
                  {t('summary.rejected', { count: rejected.length })}
                </p>
                <ul data-scope="redemption-summary" data-part="rejected-list" aria-labelledby={rejectedId}>
                  {rejected.map((rejection) => (
                    <li key={rejection.code} data-reason={rejection.reason}>
                      {rejection.reason === 'promotions_unavailable'
                        ? t('summary.unavailable', { code: rejection.code })
                        : rejectionMessage(rejection, messages)}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {children ?? <RedemptionSummaryReferral />}
          </>
        )}
      </section>
    </Context.Provider>
  );
}

/** The shopper's referral code with copy and, where the browser can, share; nothing without one. */
function RedemptionSummaryReferral(props: ElementProps<'div', 'children'>): ReactNode {
  const { referralCode, copied } = usePart('Referral');
  const { t } = useMessages(en);
  if (!referralCode) return null;
  return (
    <div data-scope="redemption-summary" data-part="referral" {...props}>
      <p data-scope="redemption-summary" data-part="referral-text">
        {t('summary.referral', { code: referralCode })}
      </p>
      <RedemptionSummaryCopy />
      <RedemptionSummaryShare />
      <span data-scope="redemption-summary" data-part="copied" role="status">
        {copied ? t('summary.copied') : null}
      </span>
    </div>
  );
}

/**
 * Copies the referral code to the clipboard, then "Copied" is announced. `asChild` renders your own
 * button with the same behaviour.
 */
function RedemptionSummaryCopy({
  asChild,
  children,
  ...props
}: ElementProps<'button', 'type'> & { asChild?: boolean }): ReactNode {
  const { referralCode, copied, setCopied } = usePart('Copy');
  const { t } = useMessages(en);
  if (!referralCode) return null;
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      {...(asChild ? {} : { type: 'button' })}
      data-scope="redemption-summary"
      data-part="copy"
      data-state={copied ? 'copied' : 'idle'}
      {...mergeProps(
        {
          onClick: () =>
            void navigator.clipboard.writeText(referralCode).then(
              () => setCopied(true),
              () => setCopied(false),
            ),
        },
        props,
      )}
    >
      {children ?? t('summary.copy')}
    </Component>
  );
}

/**
 * Shares the referral code through the browser's share sheet; renders nothing where the browser
 * cannot share (and on the server). `asChild` renders your own button.
 */
function RedemptionSummaryShare({
  asChild,
  children,
  ...props
}: ElementProps<'button', 'type'> & { asChild?: boolean }): ReactNode {
  const { referralCode, shareUrl } = usePart('Share');
  const { t } = useMessages(en);
  const canShare = useSyncExternalStore(subscribeToNothing, browserCanShare, serverCannotShare);
  if (!referralCode || !canShare) return null;
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      {...(asChild ? {} : { type: 'button' })}
      data-scope="redemption-summary"
      data-part="share"
      {...mergeProps(
        {
          onClick: () =>
            void navigator
              .share({
                text: t('summary.share_text', { code: referralCode }),
                url: shareUrl ?? location.origin,
              })
              .catch(() => undefined),
        },
        props,
      )}
    >
      {children ?? t('summary.share')}
    </Component>
  );
}

/**
 * The confirmation page's summary, from the redemption's `totals`, `pointsEarned` and `rejected`:
 * what the shopper saved, what gift cards and points paid and what was charged besides, points
 * earned, the codes that did not apply, and their own code to copy and share. Compose `RedemptionSummary.Root` with `.Referral`, `.Copy` and `.Share` (each `asChild`
 * capable) to use your own buttons.
 */
export function RedemptionSummary(props: Omit<RedemptionSummaryProps, 'children'>): ReactNode {
  return <RedemptionSummaryRoot {...props} />;
}

RedemptionSummary.Root = RedemptionSummaryRoot;
RedemptionSummary.Referral = RedemptionSummaryReferral;
RedemptionSummary.Copy = RedemptionSummaryCopy;
RedemptionSummary.Share = RedemptionSummaryShare;
