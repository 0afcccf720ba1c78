import { type CodeField, type UseCodeFieldOptions, useCodeField } from '@promokit/react';
import { type ReactNode, type Ref, useCallback } from 'react';

import { rejectionMessage } from './messages/rejection-message.js';
import { recoveryLabel } from './messages/recovery-label.js';
import { useMessages } from './messages/use-messages.js';
import { createPartContext } from './part-context.js';
import { type RecoveryAction, recoveryAction } from './recovery-action.js';
import { Slot } from './slot.js';

/** Props of {@link CodeInput} and {@link CodeInputRoot}. */
export interface CodeInputProps extends UseCodeFieldOptions {
  /**
   * Removes an applied code, e.g. `usePromoCart(cart).remove`; enables the "Remove SUMMER10 and
   * use this" recovery, which removes the clashing codes and, once they are gone (the promise
   * settles), applies the typed one.
   */
  onRemove?: (code: string) => void | Promise<void>;
  /** Where "Add $8.00 more" and "Add the missing items" lead, e.g. `/cart`. */
  cartHref?: string;
  /** Where "Sign in" leads. */
  signInHref?: string;
  /** Handles recovery actions yourself (a sign-in dialog, a cart drawer); wins over the hrefs. */
  onRecover?: (action: RecoveryAction) => void;
  children?: ReactNode;
}

interface CodeInputContext extends Omit<CodeInputProps, keyof UseCodeFieldOptions | 'children'> {
  field: CodeField;
}

const [Context, usePart] = createPartContext<CodeInputContext>('CodeInput');

/** The form holding the code field; gives its parts their state. */
function CodeInputRoot(props: CodeInputProps): ReactNode {
  const field = useCodeField(props);
  return (
    <Context.Provider value={{ ...props, field }}>
      <form data-scope="code-input" data-part="root" {...field.getFormProps()}>
        {props.children}
      </form>
    </Context.Provider>
  );
}

/** The field's visible label. */
function CodeInputLabel({ children }: { children?: ReactNode }): ReactNode {
  const { field } = usePart('Label');
  const { t } = useMessages();
  return (
    <label data-scope="code-input" data-part="label" {...field.getLabelProps()}>
      {children ?? t('code.label')}
    </label>
  );
}

/** The text input for a coupon, gift card, loyalty card or referral code; `ref` reaches the input. */
function CodeInputField({ ref }: { ref?: Ref<HTMLInputElement> }): ReactNode {
  const { field } = usePart('Field');
  const { ref: fieldRef, ...input } = field.getInputProps();
  const refs = useCallback(
    (element: HTMLInputElement | null) => {
      fieldRef(element);
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [fieldRef, ref],
  );
  return (
    <input ref={refs} data-scope="code-input" data-part="field" data-state={field.state.status} {...input} />
  );
}

/** The apply button; `asChild` renders your own button element with the same behaviour. */
function CodeInputSubmit({ children, asChild }: { children?: ReactNode; asChild?: boolean }): ReactNode {
  const { field } = usePart('Submit');
  const { t } = useMessages();
  const Component = asChild ? Slot : 'button';
  return (
    <Component data-scope="code-input" data-part="submit" {...field.getSubmitProps()}>
      {children ?? t('code.submit')}
    </Component>
  );
}

/**
 * Which code is being checked or removed, then that it applied, and which automatic promotions it
 * took the place of ("CLEARANCE30 applied instead of Buy 2 mugs, get 1 free"); announced politely.
 */
function CodeInputStatus(): ReactNode {
  const { field } = usePart('Status');
  const { t, list } = useMessages();
  const { status, code, replaced = [] } = field.state;
  const key = (
    {
      validating: 'code.checking',
      removing: 'code.removing',
      applied: replaced.length ? 'code.applied_instead' : 'code.applied',
    } as const
  )[status as 'applied'];
  return (
    <p data-scope="code-input" data-part="status" data-state={status} role="status">
      {key && t(key, { code: code as string, promotions: list(replaced) })}
    </p>
  );
}

/** Why the last code did not apply, or that checking failed; stays until the shopper edits. */
function CodeInputMessage(): ReactNode {
  const { field } = usePart('Message');
  const messages = useMessages();
  const { state, rejection } = field;
  // A rejection is there in `rejected` only, an error in `error` only.
  const text = rejection
    ? rejectionMessage(rejection, messages)
    : // Too many failed codes: the BFF refuses to check more for a while.
      state.error &&
      messages.t(state.error === 'rate_limited' ? 'rejection.too_many_attempts' : 'code.error');
  return (
    <p
      data-scope="code-input"
      data-part="message"
      data-state={state.status}
      data-reason={rejection?.reason}
      {...field.getMessageProps()}
    >
      {text}
    </p>
  );
}

/**
 * The rejection's recovery action, when it has one the storefront can carry out: a link to
 * `cartHref` or `signInHref`, a button calling `onRecover`, or the built-in "Remove SUMMER10 and
 * use this" when `onRemove` is given. `asChild` renders your own link or button; its own content
 * replaces the label.
 */
function CodeInputRecovery({ asChild }: { asChild?: boolean }): ReactNode {
  const { field, onRecover, onRemove, cartHref, signInHref } = usePart('Recovery');
  const messages = useMessages();
  const action = field.rejection && recoveryAction(field.rejection);
  if (!action) return null;
  const onClick =
    action.type === 'replace' && onRemove
      ? () => void field.replace(action.conflicts, onRemove)
      : onRecover && (() => onRecover(action));
  const href = action.type === 'sign_in' ? signInHref : action.type === 'replace' ? undefined : cartHref;
  if (!onClick && href === undefined) return null;
  const Component = asChild ? Slot : onClick ? 'button' : 'a';
  return (
    <Component
      data-scope="code-input"
      data-part="recovery"
      data-action={action.type}
      {...(onClick ? { onClick, ...(asChild ? {} : { type: 'button' }) } : { href })}
    >
      {recoveryLabel(action, messages)}
    </Component>
  );
}

/**
 * One input for every kind of code, with its label, apply button, status, a reason-specific
 * message and its recovery action. Compose the parts yourself (`CodeInput.Root`, `.Label`,
 * `.Field`, `.Submit`, `.Status`, `.Message`, `.Recovery`) to change the layout.
 */
export function CodeInput(props: Omit<CodeInputProps, 'children'>): ReactNode {
  return (
    <CodeInputRoot {...props}>
      <CodeInputLabel />
      <div data-scope="code-input" data-part="control">
        <CodeInputField />
        <CodeInputSubmit />
      </div>
      <CodeInputStatus />
      <div data-scope="code-input" data-part="feedback">
        <CodeInputMessage />
        <CodeInputRecovery />
      </div>
    </CodeInputRoot>
  );
}

CodeInput.Root = CodeInputRoot;
CodeInput.Label = CodeInputLabel;
CodeInput.Field = CodeInputField;
CodeInput.Submit = CodeInputSubmit;
CodeInput.Status = CodeInputStatus;
CodeInput.Message = CodeInputMessage;
CodeInput.Recovery = CodeInputRecovery;
