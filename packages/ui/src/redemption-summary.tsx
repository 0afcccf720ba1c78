import { type ReactNode, useId, useState, useSyncExternalStore } from 'react';

import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';

/** Props of {@link RedemptionSummary}. */
export interface RedemptionSummaryProps {
  /** What the order saved, in minor units (the redemption's `totals.discount`). */
  saved: number;
  /** Loyalty points the order earned. */
  pointsEarned?: number;
  /** The shopper's own referral code, to copy and share. */
  referralCode?: string;
  /** Where the shared link leads; default the current page's origin. */
  shareUrl?: string;
  /** Level of the section heading; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

const subscribeToNothing = () => () => {};
const browserCanShare = () => typeof navigator.share === 'function';
const serverCannotShare = () => false;

/** The confirmation page's summary: what the shopper saved, points earned, and their code to share. */
export function RedemptionSummary(props: RedemptionSummaryProps): ReactNode {
  const { saved, pointsEarned, referralCode, shareUrl, headingLevel = 2 } = props;
  const messages = useMessages(en);
  const { t } = messages;
  const headingId = useId();
  const [copied, setCopied] = useState(false);
  // False on the server, which cannot know the browser's share support.
  const canShare = useSyncExternalStore(subscribeToNothing, browserCanShare, serverCannotShare);
  const Heading = `h${headingLevel}` as const;

  return (
    <section data-scope="redemption-summary" data-part="root" aria-labelledby={headingId}>
      <Heading data-scope="redemption-summary" data-part="heading" id={headingId}>
        {t('summary.heading')}
      </Heading>
      <p data-scope="redemption-summary" data-part="saved">
        {t('summary.saved', { amount: messages.money(saved) })}
      </p>
      {pointsEarned ? (
        <p data-scope="redemption-summary" data-part="points">
          {t('summary.points', { count: pointsEarned })}
        </p>
      ) : null}
      {referralCode && (
        <div data-scope="redemption-summary" data-part="referral">
          <p data-scope="redemption-summary" data-part="referral-text">
            {t('summary.referral', { code: referralCode })}
          </p>
          <button
            type="button"
            data-scope="redemption-summary"
            data-part="copy"
            data-state={copied ? 'copied' : 'idle'}
            onClick={() => void navigator.clipboard.writeText(referralCode).then(() => setCopied(true))}
          >
            {t('summary.copy')}
          </button>
          {canShare && (
            <button
              type="button"
              data-scope="redemption-summary"
              data-part="share"
              onClick={() =>
                void navigator
                  .share({
                    text: t('summary.share_text', { code: referralCode }),
                    url: shareUrl ?? location.origin,
                  })
                  .catch(() => undefined)
              }
            >
              {t('summary.share')}
            </button>
          )}
          <span data-scope="redemption-summary" data-part="copied" role="status">
            {copied ? t('summary.copied') : null}
          </span>
        </div>
      )}
    </section>
  );
}
