import { type ApplyOutcome, type CodeField, useCodeField } from '@promokit/react';
import { type ReactNode, createContext, useContext } from 'react';

import { rejectionMessage } from './messages/rejection-message.js';
import { useMessages } from './messages/use-messages.js';

const FieldContext = createContext<CodeField | null>(null);

function useField(part: string): CodeField {
  const field = useContext(FieldContext);
  if (!field) throw new Error(`<CodeInput.${part}> must be used inside <CodeInput.Root>.`);
  return field;
}

/** Props of {@link CodeInput} and {@link CodeInputRoot}. */
export interface CodeInputProps {
  /** Applies a code, e.g. `usePromoCart(cart).apply`. */
  apply: (code: string) => Promise<ApplyOutcome>;
  children?: ReactNode;
}

/** The form holding the code field; gives its parts their state. */
function CodeInputRoot({ apply, children }: CodeInputProps): ReactNode {
  const field = useCodeField({ apply });
  return (
    <FieldContext.Provider value={field}>
      <form data-scope="code-input" data-part="root" {...field.getFormProps()}>
        {children}
      </form>
    </FieldContext.Provider>
  );
}

/** The field's visible label. */
function CodeInputLabel({ children }: { children?: ReactNode }): ReactNode {
  const field = useField('Label');
  const { t } = useMessages();
  return (
    <label data-scope="code-input" data-part="label" {...field.getLabelProps()}>
      {children ?? t('code.label')}
    </label>
  );
}

/** The text input for a coupon, gift card, loyalty card or referral code. */
function CodeInputField(): ReactNode {
  const field = useField('Field');
  return (
    <input
      data-scope="code-input"
      data-part="field"
      data-state={field.state.status}
      {...field.getInputProps()}
    />
  );
}

/** The apply button. */
function CodeInputSubmit({ children }: { children?: ReactNode }): ReactNode {
  const field = useField('Submit');
  const { t } = useMessages();
  return (
    <button data-scope="code-input" data-part="submit" {...field.getSubmitProps()}>
      {children ?? t('code.submit')}
    </button>
  );
}

/** Why the last code did not apply, or that checking failed; stays until the shopper edits. */
function CodeInputMessage(): ReactNode {
  const field = useField('Message');
  const messages = useMessages();
  const { state, rejection } = field;
  const text =
    state.status === 'rejected' && rejection
      ? rejectionMessage(rejection, messages)
      : state.status === 'error'
        ? messages.t('code.error')
        : null;
  return (
    <p data-scope="code-input" data-part="message" data-state={state.status} {...field.getMessageProps()}>
      {text}
    </p>
  );
}

/**
 * One input for every kind of code, with its label, apply button and a reason-specific message.
 * Compose the parts yourself (`CodeInput.Root`, `.Label`, `.Field`, `.Submit`, `.Message`) to
 * change the layout.
 */
export function CodeInput({ apply }: Omit<CodeInputProps, 'children'>): ReactNode {
  return (
    <CodeInputRoot apply={apply}>
      <CodeInputLabel />
      <div data-scope="code-input" data-part="control">
        <CodeInputField />
        <CodeInputSubmit />
      </div>
      <CodeInputMessage />
    </CodeInputRoot>
  );
}

CodeInput.Root = CodeInputRoot;
CodeInput.Label = CodeInputLabel;
CodeInput.Field = CodeInputField;
CodeInput.Submit = CodeInputSubmit;
CodeInput.Message = CodeInputMessage;
