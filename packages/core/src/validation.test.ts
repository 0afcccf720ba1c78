import { describe, expect, it } from 'vitest';

import { codeEntrySchema, codeSchema } from './validation.js';

describe('codeSchema', () => {
  it('takes a code as typed, trimmed and in NFC, keeping its case', () => {
    expect(codeSchema.parse(' Sp7x-kQ2m ')).toBe('Sp7x-kQ2m');
    expect(codeSchema.parse('FUßBALL5')).toBe('FUßBALL5');
    expect(codeSchema.parse('cafe\u0301')).toBe('caf\u00e9');
    expect(codeEntrySchema.parse({ code: ' Gift-5000 ', amount: 500 })).toEqual({
      code: 'Gift-5000',
      amount: 500,
    });
  });

  it('refuses a blank code and one longer than 64 characters', () => {
    expect(codeSchema.safeParse('   ').success).toBe(false);
    expect(codeSchema.safeParse('A'.repeat(65)).success).toBe(false);
    expect(codeSchema.safeParse('A'.repeat(64)).success).toBe(true);
  });

  it('measures the code once normalised, so combining accents do not count twice', () => {
    const decomposed = 'E\u0301'.repeat(40);
    expect(decomposed).toHaveLength(80);
    expect(codeSchema.parse(decomposed)).toBe('\u00c9'.repeat(40));
  });
});

describe('codeEntrySchema', () => {
  it('takes a loyalty card with the reward its points buy, but not with points as well', () => {
    expect(codeEntrySchema.parse({ code: 'CARD', reward: 'rew_mug' })).toEqual({
      code: 'CARD',
      reward: 'rew_mug',
    });
    const both = codeEntrySchema.safeParse({ code: 'CARD', points: 10, reward: 'rew_mug' });
    expect(both.success).toBe(false);
    expect(both.error?.issues.some((issue) => issue.message.includes('not both'))).toBe(true);
  });
});
