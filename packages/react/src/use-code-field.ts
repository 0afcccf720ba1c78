import {
  type CodeEntryState,
  type Rejection,
  codeEntryReducer,
  initialCodeEntryState,
  isCodeEntryBusy as busy,
  type ValidateResponse,
  isPromoError,
  normalizeCode,
  promoKeys,
} from '@promokit/core';
import { useQueryClient } from '@tanstack/react-query';
import {
  type ChangeEvent,
  type FormEvent,
  useCallback,
  useId,
  useReducer,
  useRef,
  useSyncExternalStore,
} from 'react';

import { usePromoContext } from './promo-context.js';
import type { ApplyOutcome } from './use-promo-cart.js';

/** Options of {@link useCodeField}. */
export interface UseCodeFieldOptions {
  /** Applies a code, e.g. `usePromoCart(cart).apply`. */
  apply: (code: string) => Promise<ApplyOutcome>;
  /**
   * What the field shows, when the storefront keeps it (a code from a link, say); the field takes
   * it whenever no code is being checked. Without it the field keeps its own value.
   */
  value?: string;
  /** What the field first shows when it keeps its own value. */
  defaultValue?: string;
  /** Hears every change of the value: typing, and the clearing after a code applied. */
  onValueChange?: (value: string) => void;
}

/** The code field's state and prop getters for a storefront's own markup. */
export interface CodeField {
  state: CodeEntryState;
  /** The rejection to explain, in state `rejected`. */
  rejection: Rejection | null;
  getFormProps(): {
    onSubmit: (event: FormEvent) => void;
    noValidate: true;
    'data-state': CodeEntryState['status'];
  };
  getLabelProps(): { htmlFor: string; id: string };
  getInputProps(): {
    /** Makes this field the one focus returns to when the last code is removed. */
    ref: (element: HTMLInputElement | null) => void;
    id: string;
    name: string;
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    autoComplete: 'off';
    /**
     * `characters` where the project ignores case (typing in capitals is then only convenient),
     * `none` where it does not, so a mobile keyboard never changes what the shopper types.
     */
    autoCapitalize: 'characters' | 'none';
    spellCheck: false;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    'aria-busy': boolean;
    /** While a code is checked or removed: the field keeps focus but takes no typing. */
    readOnly: boolean;
  };
  getSubmitProps(): { type: 'submit'; 'aria-disabled': boolean; 'data-state': CodeEntryState['status'] };
  getMessageProps(): { id: string; role: 'alert' };
  /**
   * "Remove SUMMER10 and use this": removes `codes` with `remove` (e.g. `usePromoCart(cart).remove`)
   * while the field, focused, reads `removing`, then submits its code again.
   */
  replace(codes: readonly string[], remove: (code: string) => unknown): Promise<void>;
}

/**
 * The code-entry machine wired to inputs: a hook that returns props, for any markup. Submitting
 * twice while a code is being checked sends one request.
 */
export function useCodeField({ apply, value, defaultValue, onValueChange }: UseCodeFieldOptions): CodeField {
  const [state, dispatch] = useReducer(codeEntryReducer, defaultValue ?? '', (initial) =>
    codeEntryReducer(initialCodeEntryState, { type: 'input', value: initial }),
  );
  const { codeField: codeFieldRef, codeMatching } = usePromoContext('useCodeField');
  const id = useId();
  const inFlight = useRef(false);
  // A value the storefront set is taken as typed, once nothing is in flight.
  if (value !== undefined && value !== state.value && !busy(state.status)) {
    dispatch({ type: 'input', value });
  }
  // `applied` holds until an answer a page shows (a `usePromoCart`'s, for its current cart and
  // codes) newer than the code's own leaves it out: the cart fell below its minimum, its campaign
  // was paused, it was removed. The field is then idle again: its status must not say it applies.
  const queryClient = useQueryClient();
  const appliedAt = useRef(0);
  const outdated = useSyncExternalStore(
    (listener) => queryClient.getQueryCache().subscribe(listener),
    () =>
      state.status === 'applied' &&
      queryClient
        .getQueryCache()
        .findAll({ queryKey: promoKeys.validations(), type: 'active' })
        .some(
          ({ state: { data, dataUpdatedAt } }) =>
            dataUpdatedAt > appliedAt.current &&
            !(data as ValidateResponse).applied.some((item) => codeMatching.same(item.code, state.code!)),
        ),
    () => false,
  );
  if (outdated) dispatch({ type: 'reset' });
  const registered = useRef<HTMLInputElement | null>(null);
  const ref = useCallback(
    (element: HTMLInputElement | null) => {
      if (element) codeFieldRef.current = element;
      else if (codeFieldRef.current === registered.current) codeFieldRef.current = null;
      registered.current = element;
    },
    [codeFieldRef],
  );

  const submit = useCallback(async () => {
    const code = normalizeCode(state.value);
    if (inFlight.current || !code) return;
    inFlight.current = true;
    dispatch({ type: 'submit' });
    try {
      const outcome = await apply(code);
      if (outcome.status === 'applied') {
        appliedAt.current = Date.now();
        dispatch({ type: 'applied', replaced: outcome.replaced });
        onValueChange?.('');
      } else {
        dispatch({ type: 'rejected', rejection: outcome.rejection });
      }
    } catch (error) {
      dispatch({ type: 'failed', error: isPromoError(error) ? error.code : 'server' });
    } finally {
      inFlight.current = false;
    }
  }, [apply, onValueChange, state.value]);

  const showsMessage = state.status === 'rejected' || state.status === 'error';
  const inputId = `${id}-code`;
  const messageId = `${id}-message`;

  const replace = async (codes: readonly string[], remove: (code: string) => unknown) => {
    registered.current?.focus();
    dispatch({ type: 'remove', code: codes.join(', ') });
    try {
      await Promise.all(codes.map(remove));
    } finally {
      dispatch({ type: 'removed' });
    }
    await submit();
  };

  return {
    state,
    rejection: state.rejection,
    replace,
    getFormProps: () => ({
      noValidate: true,
      'data-state': state.status,
      onSubmit: (event) => {
        event.preventDefault();
        void submit();
      },
    }),
    getLabelProps: () => ({ htmlFor: inputId, id: `${id}-label` }),
    getInputProps: () => ({
      ref,
      id: inputId,
      name: 'promo-code',
      value: state.value,
      // Read-only while busy, so every change is the shopper's typing.
      onChange: ({ target: { value } }) => {
        dispatch({ type: 'input', value });
        onValueChange?.(value);
      },
      autoComplete: 'off',
      autoCapitalize: codeMatching.caseSensitive ? 'none' : 'characters',
      spellCheck: false,
      'aria-invalid': state.status === 'rejected',
      'aria-describedby': showsMessage ? messageId : undefined,
      'aria-busy': busy(state.status),
      readOnly: busy(state.status),
    }),
    getSubmitProps: () => ({
      type: 'submit',
      'aria-disabled': busy(state.status) || !normalizeCode(state.value),
      'data-state': state.status,
    }),
    getMessageProps: () => ({ id: messageId, role: 'alert' }),
  };
}
