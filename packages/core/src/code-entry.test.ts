import { describe, expect, it } from 'vitest';

import {
  type CodeEntryAction,
  type CodeEntryState,
  type CodeEntryStatus,
  codeEntryReducer,
  initialCodeEntryState,
} from './code-entry.js';

const rejection = { reason: 'not_found', code: 'NOPE' } as const;

const states: Record<CodeEntryStatus, CodeEntryState> = {
  idle: initialCodeEntryState,
  editing: { ...initialCodeEntryState, status: 'editing', value: ' welcome10 ' },
  validating: { ...initialCodeEntryState, status: 'validating', value: 'welcome10', code: 'welcome10' },
  applied: { ...initialCodeEntryState, status: 'applied', code: 'welcome10' },
  rejected: { ...initialCodeEntryState, status: 'rejected', value: 'NOPE', code: 'NOPE', rejection },
  removing: { ...initialCodeEntryState, status: 'removing', value: 'x', code: 'SAVE5' },
  error: { ...initialCodeEntryState, status: 'error', value: 'save5', code: 'save5', error: 'network' },
};

const actions: Record<CodeEntryAction['type'], CodeEntryAction> = {
  input: { type: 'input', value: 'abc' },
  submit: { type: 'submit' },
  applied: { type: 'applied' },
  rejected: { type: 'rejected', rejection },
  failed: { type: 'failed', error: 'unavailable' },
  remove: { type: 'remove', code: 'SAVE5' },
  removed: { type: 'removed' },
  reset: { type: 'reset' },
};

/** Resulting status for every state × action; `same` means the state object is returned unchanged. */
const table: Record<CodeEntryStatus, Record<CodeEntryAction['type'], CodeEntryStatus | 'same'>> = {
  idle: {
    input: 'editing',
    submit: 'same',
    applied: 'same',
    rejected: 'same',
    failed: 'same',
    remove: 'removing',
    removed: 'same',
    reset: 'idle',
  },
  editing: {
    input: 'editing',
    submit: 'validating',
    applied: 'same',
    rejected: 'same',
    failed: 'same',
    remove: 'removing',
    removed: 'same',
    reset: 'idle',
  },
  validating: {
    input: 'same',
    submit: 'same',
    applied: 'applied',
    rejected: 'rejected',
    failed: 'error',
    remove: 'same',
    removed: 'same',
    reset: 'idle',
  },
  applied: {
    input: 'editing',
    submit: 'same',
    applied: 'same',
    rejected: 'same',
    failed: 'same',
    remove: 'removing',
    removed: 'same',
    reset: 'idle',
  },
  rejected: {
    input: 'editing',
    submit: 'validating',
    applied: 'same',
    rejected: 'same',
    failed: 'same',
    remove: 'removing',
    removed: 'same',
    reset: 'idle',
  },
  removing: {
    input: 'same',
    submit: 'same',
    applied: 'same',
    rejected: 'same',
    failed: 'error',
    remove: 'same',
    removed: 'editing',
    reset: 'idle',
  },
  error: {
    input: 'editing',
    submit: 'validating',
    applied: 'same',
    rejected: 'same',
    failed: 'same',
    remove: 'removing',
    removed: 'same',
    reset: 'idle',
  },
};

describe('codeEntryReducer', () => {
  const cases = Object.entries(table).flatMap(([from, row]) =>
    Object.entries(row).map(
      ([action, to]) => [from as CodeEntryStatus, action as CodeEntryAction['type'], to] as const,
    ),
  );

  it.each(cases)('%s + %s → %s', (from, action, to) => {
    const before = states[from];
    const after = codeEntryReducer(before, actions[action]);
    if (to === 'same') expect(after).toBe(before);
    else expect(after.status).toBe(to);
  });

  it('submits the code as typed, trimmed, and keeps the field as typed', () => {
    const next = codeEntryReducer(states.editing, { type: 'submit' });
    expect(next).toMatchObject({ status: 'validating', code: 'welcome10', value: ' welcome10 ' });
  });

  it('submits a mixed-case code with its case, and accents in NFC', () => {
    const typed = (value: string) =>
      codeEntryReducer(codeEntryReducer(initialCodeEntryState, { type: 'input', value }), { type: 'submit' });
    expect(typed(' Sp7x-kQ2m').code).toBe('Sp7x-kQ2m');
    expect(typed('FUßBALL5').code).toBe('FUßBALL5');
    expect(typed('cafe\u0301').code).toBe('caf\u00e9');
  });

  it('clears the field once a code applies and keeps it for correction when rejected', () => {
    expect(codeEntryReducer(states.validating, { type: 'applied' })).toMatchObject({
      value: '',
      code: 'welcome10',
    });
    expect(codeEntryReducer(states.validating, actions.rejected)).toMatchObject({
      value: 'welcome10',
      rejection,
    });
  });

  it('names the automatic promotions a code took the place of until the shopper types again', () => {
    const applied = codeEntryReducer(states.validating, { type: 'applied', replaced: ['Mug trio'] });
    expect(applied).toMatchObject({ status: 'applied', code: 'welcome10', replaced: ['Mug trio'] });
    expect(codeEntryReducer(applied, { type: 'input', value: 'S' }).replaced).toBeUndefined();
    expect(codeEntryReducer(applied, { type: 'submit' })).toBe(applied);
  });

  it('treats a blank input as idle and ignores a blank submit', () => {
    const blank = codeEntryReducer(states.editing, { type: 'input', value: '   ' });
    expect(blank.status).toBe('idle');
    expect(codeEntryReducer(blank, { type: 'submit' })).toBe(blank);
  });
});
