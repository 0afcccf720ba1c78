import type { RejectionReason } from '@promokit/core';

/** Every message key PromoKit's components show. */
export type MessageKey =
  | 'code.label'
  | 'code.submit'
  | 'code.checking'
  | 'code.applied'
  | 'code.error'
  | 'applied.heading'
  | 'applied.chip'
  | 'applied.remove'
  | 'totals.subtotal'
  | 'totals.discount'
  | 'totals.total'
  | `rejection.${RejectionReason}`;

/**
 * A message catalogue: copy for every key, with `{name}` placeholders. Add a language by writing
 * one object of this type and passing it to `<PromoMessages>`.
 */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** Fills `{name}` placeholders of `template` from `values`. */
export function interpolate(template: string, values: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
