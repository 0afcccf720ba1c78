import type { ReactNode } from 'react';

import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';

/**
 * What a skeleton bar stands for, and so how tall it is: a line of text, a line of the smaller
 * print parts use for details (0.875rem), or a button or field.
 */
export type SkeletonBar = 'line' | 'small' | 'control';

/**
 * What a part shows while the data it waits for loads, inside a root marked `data-state="loading"`
 * and `aria-busy`: "Loading…" for assistive technology alone, as a status, and a bar where each
 * line or control will appear, as tall as it (`styles.css`), hidden from assistive technology.
 */
export function Skeleton({ scope, bars }: { scope: string; bars: readonly SkeletonBar[] }): ReactNode {
  const { t } = useMessages(en);
  return (
    <>
      <span data-scope={scope} data-part="hidden" role="status">
        {t('loading')}
      </span>
      {bars.map((bar, index) => (
        <span key={index} data-scope={scope} data-part="skeleton" data-size={bar} aria-hidden="true">
          {'\u00a0'}
        </span>
      ))}
    </>
  );
}
