import type { RecoveryAction } from '../recovery-action.js';
import type { Messages } from './create-messages.js';

/** The data of every action, each absent from the actions without it. */
type Data = Partial<{
  amount: number;
  items: readonly { productId: string; quantity: number }[];
  conflicts: readonly string[];
}>;

/** The label of a recovery action's button: "Add $8.00 more", "Sign in", "Remove SUMMER10 and use this". */
export function recoveryLabel(action: RecoveryAction, { t, money, items, list }: Messages): string {
  const { type, amount, items: missing, conflicts } = action as RecoveryAction & Data;
  return t(`recovery.${type}`, {
    amount: amount && money(amount),
    items: missing && items(missing),
    conflicts: conflicts && list(conflicts),
  });
}
