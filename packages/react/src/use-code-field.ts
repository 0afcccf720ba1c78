import {
  type CodeEntryState,
  type Rejection,
  codeEntryReducer,
  initialCodeEntryState,
  isPromoError,
  normalizeCode,
} from '@promokit/core';
import { type ChangeEvent, type FormEvent, useCallback, useId, useMemo, useReducer, useRef } from 'react';

import type { ApplyOutcome } from './use-promo-cart.js';

/** Options of {@link useCodeField}. */
export interface UseCodeFieldOptions {
  /** Applies a code, e.g. `usePromoCart(cart).apply`. */
  apply: (code: string) => Promise<ApplyOutcome>;
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
    id: string;
    name: string;
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    autoComplete: 'off';
    autoCapitalize: 'characters';
    spellCheck: false;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    'aria-busy': boolean;
    /** While a code is checked or removed: the field keeps focus but takes no typing. */
    readOnly: boolean;
  };
  getSubmitProps(): { type: 'submit'; 'aria-disabled': boolean; 'data-state': CodeEntryState['status'] };
  getMessageProps(): { id: string; role: 'alert' };
}

/**
 * The code-entry machine wired to inputs: a hook that returns props, for any markup. Submitting
 * twice while a code is being checked sends one request.
 */
export function useCodeField({ apply }: UseCodeFieldOptions): CodeField {
  const [state, dispatch] = useReducer(codeEntryReducer, initialCodeEntryState);
  const id = useId();
  const inFlight = useRef(false);

  const submit = useCallback(async () => {
    const code = normalizeCode(state.value);
    if (inFlight.current || code === '') return;
    inFlight.current = true;
    dispatch({ type: 'submit' });
    try {
      const outcome = await apply(code);
      dispatch(
        outcome.status === 'applied'
          ? { type: 'applied' }
          : { type: 'rejected', rejection: outcome.rejection },
      );
    } catch (error) {
      dispatch({ type: 'failed', error: isPromoError(error) ? error.code : 'server' });
    } finally {
      inFlight.current = false;
    }
  }, [apply, state.value]);

  const showsMessage = state.status === 'rejected' || state.status === 'error';
  const ids = useMemo(() => ({ input: `${id}-code`, label: `${id}-label`, message: `${id}-message` }), [id]);

  return {
    state,
    rejection: state.rejection,
    getFormProps: () => ({
      noValidate: true,
      'data-state': state.status,
      onSubmit: (event) => {
        event.preventDefault();
        void submit();
      },
    }),
    getLabelProps: () => ({ htmlFor: ids.input, id: ids.label }),
    getInputProps: () => ({
      id: ids.input,
      name: 'promo-code',
      value: state.value,
      onChange: (event) => dispatch({ type: 'input', value: event.target.value }),
      autoComplete: 'off',
      autoCapitalize: 'characters',
      spellCheck: false,
      'aria-invalid': state.status === 'rejected',
      'aria-describedby': showsMessage ? ids.message : undefined,
      'aria-busy': state.status === 'validating',
      readOnly: state.status === 'validating' || state.status === 'removing',
    }),
    getSubmitProps: () => ({
      type: 'submit',
      'aria-disabled': state.status === 'validating' || normalizeCode(state.value) === '',
      'data-state': state.status,
    }),
    getMessageProps: () => ({ id: ids.message, role: 'alert' }),
  };
}
