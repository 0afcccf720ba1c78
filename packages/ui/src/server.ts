/**
 * `@promokit/ui/server`: the message catalogues and text helpers, for server code (a React Server
 * Component, an e-mail, a route handler). Nothing here renders or uses a hook, so it carries no
 * `"use client"`; the components come from `@promokit/ui`, a client entry.
 */
export { interpolate } from './messages/catalogue.js';
export type { Catalogue, Message, MessageKey, MessageValues, PluralMessage } from './messages/catalogue.js';
export { createMessages } from './messages/create-messages.js';
export type { Messages } from './messages/create-messages.js';
export { de } from './messages/de.js';
export { describeEffect } from './messages/describe-effect.js';
export { en } from './messages/en.js';
export { offerHintText } from './messages/offer-hint-text.js';
export { recoveryLabel } from './messages/recovery-label.js';
export { rejectionMessage } from './messages/rejection-message.js';
export { recoveryAction } from './recovery-action.js';
export type { RecoveryAction } from './recovery-action.js';
