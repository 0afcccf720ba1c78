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
  useState,
  useSyncExternalStore,
} from 'react';

import type { ElementProps, MergedProps, Only } from './element-props.js';
import { mergeProps } from './merge-props.js';
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

/** Props a storefront may pass to the code field's `getFormProps`. */
export type CodeFormProps = ElementProps<'form'>;
/** Props a storefront may pass to `getLabelProps`: the label follows the field's id itself. */
export type CodeLabelProps = ElementProps<'label', 'htmlFor'>;
/** Props a storefront may pass to `getInputProps`: the value is the field's (see `value`). */
export type CodeInputElementProps = ElementProps<'input', 'value' | 'defaultValue'>;
/** Props a storefront may pass to `getSubmitProps`: the button submits. */
export type CodeSubmitProps = ElementProps<'button', 'type'>;
/** Props a storefront may pass to `getMessageProps`: the message is an alert. */
export type CodeMessageProps = ElementProps<'p', 'role'>;

/**
 * The code field's state and prop getters for a storefront's own markup. Each getter takes the
 * element's own props (`className`, `style`, `id`, `aria-*`, `data-*`, handlers, `ref`) and merges
 * them with the kit's as `mergeProps` does: handlers both run, the storefront's first, and the
 * kit's is skipped when it calls `event.preventDefault()`; `className` and `aria-describedby` are
 * joined; refs both receive the element. An `id` given to the input or the message is followed by
 * the label's `htmlFor` and the input's `aria-describedby` (from the next commit on).
 */
export interface CodeField {
  state: CodeEntryState;
  /** The rejection to explain, in state `rejected`. */
  rejection: Rejection | null;
  getFormProps<P extends CodeFormProps = Record<never, never>>(
    props?: Only<P, CodeFormProps>,
  ): MergedProps<
    {
      /** Submits the code; `event.preventDefault()` in your `onSubmit` keeps it from being sent. */
      onSubmit: (event: FormEvent) => void;
      noValidate: true;
      'data-state': CodeEntryState['status'];
    },
    P
  >;
  getLabelProps<P extends CodeLabelProps = Record<never, never>>(
    props?: Only<P, CodeLabelProps>,
  ): MergedProps<{ htmlFor: string; id: string }, P>;
  getInputProps<P extends CodeInputElementProps = Record<never, never>>(
    props?: Only<P, CodeInputElementProps>,
  ): MergedProps<
    {
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
      /** The message while it explains a rejection or an error, then any ids you give. */
      'aria-describedby': string | undefined;
      'aria-busy': boolean;
      /** While a code is checked or removed: the field keeps focus but takes no typing. */
      readOnly: boolean;
    },
    P
  >;
  getSubmitProps<P extends CodeSubmitProps = Record<never, never>>(
    props?: Only<P, CodeSubmitProps>,
  ): MergedProps<{ type: 'submit'; 'aria-disabled': boolean; 'data-state': CodeEntryState['status'] }, P>;
  getMessageProps<P extends CodeMessageProps = Record<never, never>>(
    props?: Only<P, CodeMessageProps>,
  ): MergedProps<
    {
      id: string;
      role: 'alert';
      /** Lets the input's `aria-describedby` follow an id you give the message. */
      ref: (element: HTMLElement | null) => void;
    },
    P
  >;
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
  // Ids a storefront gave the input and the message: the label's `htmlFor` and the input's
  // `aria-describedby` follow them, from the commit that rendered them on.
  const [given, setGiven] = useState<readonly (string | undefined)[]>([]);
  const follow = (index: number, own: string, element: HTMLElement | null) => {
    const id = element && element.id !== own ? element.id : undefined;
    if (element) setGiven((ids) => (ids[index] === id ? ids : Object.assign([...ids], { [index]: id })));
  };

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
    getFormProps: (props: object = {}) =>
      mergeProps(
        {
          noValidate: true,
          'data-state': state.status,
          onSubmit: (event: FormEvent) => {
            event.preventDefault();
            void submit();
          },
        },
        props,
      ),
    getLabelProps: (props: object = {}) =>
      mergeProps({ htmlFor: given[0] ?? inputId, id: `${id}-label` }, props),
    getInputProps: (props: object = {}) =>
      mergeProps(
        {
          ref: (element: HTMLInputElement | null) => {
            if (element) codeFieldRef.current = element;
            else if (codeFieldRef.current === registered.current) codeFieldRef.current = null;
            registered.current = element;
            follow(0, inputId, element);
          },
          id: inputId,
          name: 'promo-code',
          value: state.value,
          // Read-only while busy, so every change is the shopper's typing.
          onChange: ({ target: { value } }: ChangeEvent<HTMLInputElement>) => {
            dispatch({ type: 'input', value });
            onValueChange?.(value);
          },
          autoComplete: 'off',
          autoCapitalize: codeMatching.caseSensitive ? 'none' : 'characters',
          spellCheck: false,
          'aria-invalid': state.status === 'rejected',
          'aria-describedby': showsMessage ? (given[1] ?? messageId) : undefined,
          'aria-busy': busy(state.status),
          readOnly: busy(state.status),
        },
        props,
      ),
    getSubmitProps: (props: object = {}) =>
      mergeProps(
        {
          type: 'submit',
          'aria-disabled': busy(state.status) || !normalizeCode(state.value),
          'data-state': state.status,
        },
        props,
      ),
    getMessageProps: (props: object = {}) =>
      mergeProps(
        { id: messageId, role: 'alert', ref: (element: HTMLElement | null) => follow(1, messageId, element) },
        props,
      ),
  } as CodeField;
}
