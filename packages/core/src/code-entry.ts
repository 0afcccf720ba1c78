import { normalizeCode } from './normalize-code.js';
import type { PromoErrorCode } from './promo-error.js';
import type { Rejection } from './reasons.js';

/**
 * The states of the code input:
 * - `idle`: empty field, nothing pending
 * - `editing`: the shopper is typing a code
 * - `validating`: a code was submitted and its answer is pending
 * - `applied`: the last submitted code applied; the field is cleared for the next one; `replaced`
 *   names the automatic promotions it took the place of
 * - `rejected`: the last submitted code did not apply; the field keeps it for correction
 * - `removing`: applied codes are being removed to make way for the field's code ("Remove SUMMER10
 *   and use this"); `code` names them
 * - `error`: the service failed; the field keeps the code so the shopper can retry
 */
export type CodeEntryStatus =
  'idle' | 'editing' | 'validating' | 'applied' | 'rejected' | 'removing' | 'error';

/** State of the code input. */
export interface CodeEntryState {
  status: CodeEntryStatus;
  /** What the field shows. */
  value: string;
  /** The code submitted or being removed, as typed: trimmed and in NFC (see `normalizeCode`). */
  code: string | null;
  /** Why the last code did not apply, in `rejected`. */
  rejection: Rejection | null;
  /** What failed, in `error`. */
  error: PromoErrorCode | null;
  /**
   * In `applied`: the labels of the automatic promotions the code pushed out of the order, which
   * the shopper is told of ("CLEARANCE30 applied instead of Mug trio"); absent or empty: none.
   */
  replaced?: readonly string[] | undefined;
}

/** Everything that can happen to the code input. */
export type CodeEntryAction =
  | { type: 'input'; value: string }
  | { type: 'submit' }
  | { type: 'applied'; replaced?: readonly string[] | undefined }
  | { type: 'rejected'; rejection: Rejection }
  | { type: 'failed'; error: PromoErrorCode }
  | { type: 'remove'; code: string }
  | { type: 'removed' }
  | { type: 'reset' };

/** The state of an untouched code input. */
export const initialCodeEntryState: CodeEntryState = {
  status: 'idle',
  value: '',
  code: null,
  rejection: null,
  error: null,
};

/** Whether a code is being checked or removed: the field takes no typing and no other submit. */
export const isCodeEntryBusy = (status: CodeEntryStatus): boolean =>
  status === 'validating' || status === 'removing';

/**
 * The code-entry state machine as a pure reducer. Actions that make no sense in a state leave it
 * unchanged (the same object), so a double submit or a late answer cannot corrupt the state.
 */
export function codeEntryReducer(state: CodeEntryState, action: CodeEntryAction): CodeEntryState {
  const { status, value } = state;
  const busy = isCodeEntryBusy(status);
  // What the field holds once nothing is pending: editing a value, idle when blank.
  const typed = (text: string): CodeEntryState => ({
    ...initialCodeEntryState,
    status: text.trim() ? 'editing' : 'idle',
    value: text,
  });
  switch (action.type) {
    case 'input':
      return busy ? state : typed(action.value);
    case 'submit': {
      const code = normalizeCode(value);
      return busy || !code ? state : { ...initialCodeEntryState, status: 'validating', value, code };
    }
    case 'applied':
      return status === 'validating'
        ? { ...initialCodeEntryState, status: 'applied', code: state.code, replaced: action.replaced }
        : state;
    case 'rejected':
      return status === 'validating' ? { ...state, status: 'rejected', rejection: action.rejection } : state;
    case 'failed':
      return busy ? { ...state, status: 'error', error: action.error } : state;
    case 'remove':
      return busy ? state : { ...initialCodeEntryState, status: 'removing', value, code: action.code };
    case 'removed':
      return status === 'removing' ? typed(value) : state;
    case 'reset':
      return initialCodeEntryState;
  }
}
