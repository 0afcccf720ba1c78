import {
  type CodeField,
  type ElementProps,
  type UseCodeFieldOptions,
  mergeProps,
  useCodeField,
} from '@promokit/react';
import type { ReactNode } from 'react';

import { rejectionMessage } from './messages/rejection-message.js';
import { recoveryLabel } from './messages/recovery-label.js';
import { useMessages } from './messages/use-messages.js';
import { createPartContext } from './part-context.js';
import { type RecoveryAction, recoveryAction } from './recovery-action.js';
import { Slot } from './slot.js';

/**
 * Props of {@link CodeInput} and {@link CodeInputRoot}: the field's options, and the form's own
 * props (`className`, `id`, `aria-*`, `data-*`, handlers, `ref`), merged with the kit's: your
 * `onSubmit` runs first, and the code is not sent when it calls `event.preventDefault()`.
 */
export interface CodeInputProps extends UseCodeFieldOptions, ElementProps<'form', 'defaultValue'> {
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

interface CodeInputContext extends Pick<
  CodeInputProps,
  'onRemove' | 'cartHref' | 'signInHref' | 'onRecover'
> {
  field: CodeField;
}

const [Context, usePart] = createPartContext<CodeInputContext>('CodeInput');

/** The form holding the code field; gives its parts their state. */
function CodeInputRoot({
  apply,
  value,
  defaultValue,
  onValueChange,
  onRemove,
  cartHref,
  signInHref,
  onRecover,
  ...form
}: CodeInputProps): ReactNode {
  const field = useCodeField({ apply, value, defaultValue, onValueChange });
  return (
    <Context.Provider value={{ onRemove, cartHref, signInHref, onRecover, field }}>
      <form data-scope="code-input" data-part="root" {...field.getFormProps(form)} />
    </Context.Provider>
  );
}

/** The field's visible label; its `htmlFor` follows the field's id, yours if you give one. */
function CodeInputLabel({ children, ...props }: ElementProps<'label', 'htmlFor'>): ReactNode {
  const { field } = usePart('Label');
  const { t } = useMessages();
  return (
    <label data-scope="code-input" data-part="label" {...field.getLabelProps(props)}>
      {children ?? t('code.label')}
    </label>
  );
}

/**
 * The text input for a coupon, gift card, loyalty card or referral code; `ref` reaches the input,
 * and an `id` you give it is the one the label and the code field's focus follow. Its value is
 * the root's (`value`, `defaultValue`).
 */
function CodeInputField(props: ElementProps<'input', 'value' | 'defaultValue'>): ReactNode {
  const { field } = usePart('Field');
  return (
    <input
      data-scope="code-input"
      data-part="field"
      data-state={field.state.status}
      {...field.getInputProps(props)}
    />
  );
}

/** The apply button; `asChild` renders your own button element with the same behaviour. */
function CodeInputSubmit({
  children,
  asChild,
  ...props
}: ElementProps<'button', 'type'> & { asChild?: boolean }): ReactNode {
  const { field } = usePart('Submit');
  const { t } = useMessages();
  const Component = asChild ? Slot : 'button';
  return (
    <Component data-scope="code-input" data-part="submit" {...field.getSubmitProps(props)}>
      {children ?? t('code.submit')}
    </Component>
  );
}

/**
 * Which code is being checked or removed, then that it applied, and which automatic promotions it
 * took the place of ("CLEARANCE30 applied instead of Buy 2 mugs, get 1 free"); announced politely.
 */
function CodeInputStatus(props: ElementProps<'p', 'role' | 'children'>): ReactNode {
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
    <p data-scope="code-input" data-part="status" data-state={status} role="status" {...props}>
      {key && t(key, { code: code as string, promotions: list(replaced) })}
    </p>
  );
}

/**
 * Why the last code did not apply, or that checking failed; stays until the shopper edits. The
 * field is described by it, under the id you give it if you do.
 */
function CodeInputMessage(props: ElementProps<'p', 'role' | 'children'>): ReactNode {
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
      {...field.getMessageProps(props)}
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
function CodeInputRecovery({
  asChild,
  ...props
}: ElementProps<'a' | 'button', 'href' | 'type' | 'children'> & { asChild?: boolean }): ReactNode {
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
      // A link or a button: the ref is typed for either.
      {...(mergeProps(
        onClick ? { onClick, ...(asChild ? {} : { type: 'button' }) } : { href },
        props,
      ) as object)}
    >
      {recoveryLabel(action, messages)}
    </Component>
  );
}

/**
 * One input for every kind of code, with its label, apply button, status, a reason-specific
 * message and its recovery action. Its props go to the form, but `placeholder`, which the field
 * shows. Compose the parts yourself (`CodeInput.Root`, `.Label`, `.Field`, `.Submit`, `.Status`,
 * `.Message`, `.Recovery`, each taking its element's own props) to change the layout.
 */
export function CodeInput({
  placeholder,
  ...props
}: Omit<CodeInputProps, 'children'> & {
  /** The field's placeholder, e.g. `SUMMER10`; with the parts, give it to `CodeInput.Field`. */
  placeholder?: string;
}): ReactNode {
  return (
    <CodeInputRoot {...props}>
      <CodeInputLabel />
      <div data-scope="code-input" data-part="control">
        <CodeInputField placeholder={placeholder} />
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
