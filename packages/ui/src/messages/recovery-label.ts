import type { RecoveryAction } from '../recovery-action.js';
import type { Messages } from './create-messages.js';

/** The label of a recovery action's button: "Add $8.00 more", "Sign in", "Remove SUMMER10 and use this". */
export function recoveryLabel(action: RecoveryAction, messages: Messages): string {
  switch (action.type) {
    case 'add_amount':
      return messages.t('recovery.add_amount', { amount: messages.money(action.amount) });
    case 'add_items':
      return messages.t('recovery.add_items', { items: messages.items(action.items) });
    case 'sign_in':
      return messages.t('recovery.sign_in');
    case 'replace':
      return messages.t('recovery.replace', {
        conflicts: messages.list(action.conflicts),
      });
  }
}
