import type { ValidationsValidateResponseBody } from '@promokit/voucherify';

import { isResultOf, memberId, type StackMember, stackRank, type StackRank } from './stack-member.js';
import type { NotApplied } from './validate-response.js';

/** A settled stack: the last validation, the members it was sent with, and who dropped out before. */
export interface SettledStack {
  /** The last upstream answer; `null` when every member dropped out before it. */
  validation: ValidationsValidateResponseBody | null;
  /** The members of `validation`, in the order they went upstream. */
  members: StackMember[];
  /** Members left out by earlier validations of the same request, each with its own answer. */
  dropped: NotApplied[];
}

const keyOf = (member: StackMember) => `${member.object}:${memberId(member)}`;

/** Ranks learnt from upstream answers, by `object:id`; bounded, the oldest forgotten first. */
export interface StackRanks {
  get(key: string): StackRank | undefined;
  set(key: string, rank: StackRank): void;
}

// A rank is a property of a redeemable's discount, shared by every shopper: a few thousand cover a
// project's active codes and tiers, and one forgotten costs one more validation at most.
const MAX_RANKS = 5_000;

/** An empty {@link StackRanks} holding at most 5,000 ranks. */
export function stackRanks(): StackRanks {
  const ranks = new Map<string, StackRank>();
  return {
    get: (key) => ranks.get(key),
    set(key, rank) {
      ranks.delete(key);
      ranks.set(key, rank);
      if (ranks.size > MAX_RANKS) ranks.delete(ranks.keys().next().value!);
    },
  };
}

/** Stable order by rank; a member whose rank is still unknown is taken as order-level (1). */
function ranked(members: readonly StackMember[], ranks: StackRanks): StackMember[] {
  return members
    .map((member, index) => ({ member, index, rank: ranks.get(keyOf(member)) ?? 1 }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ member }) => member);
}

/**
 * Validates `members` until the answer is one the shopper can be shown and charged:
 *
 * 1. **Each code drops out alone.** In Voucherify's `ALL` application mode one INAPPLICABLE
 *    redeemable fails the whole validation and skips every later one (`preceding_validation_failed`,
 *    DIGEST §5), and `valid` is false in either mode. The INAPPLICABLE ones are taken out, each
 *    keeping its own answer, and the rest is validated again, so a stale code never costs the
 *    others their discount.
 * 2. **One order of application.** Item-level and free-unit effects first, then order-level
 *    discounts, then payments (gift card credit, loyalty points), each working on what the previous
 *    ones left (`stackRank`). A redeemable's rank is known once it has applied; when the order sent
 *    was not that order, the stack is validated again in it. Under the project's
 *    `CATEGORY_HIERARCHY` sorting upstream orders the stack itself, and its order wins.
 *
 * Each round is one call of `validate`, which sends the members in the order given and returns
 * upstream's answer; there are at most `members.length + 2` rounds. `ranks` starts from what
 * earlier requests learnt and keeps what this one learns.
 */
export async function settleStack(
  members: readonly StackMember[],
  validate: (members: StackMember[]) => Promise<ValidationsValidateResponseBody>,
  ranks: StackRanks = stackRanks(),
): Promise<SettledStack> {
  const dropped: NotApplied[] = [];
  // In the shopper's order; each round sends them ranked, ties kept in this order.
  let remaining = [...members];
  let sent = ranked(remaining, ranks);
  let validation = await validate(sent);
  for (let round = 1; round < members.length + 2; round++) {
    const answers = [
      ...validation.redeemables,
      ...(validation.inapplicable_redeemables ?? []),
      ...(validation.skipped_redeemables ?? []),
    ];
    for (const answer of answers) {
      if (answer.status === 'APPLICABLE')
        ranks.set(`${answer.object}:${answer.id}`, stackRank(answer.result));
    }
    const inapplicable = answers.filter(
      (answer): answer is Extract<NotApplied, { status: 'INAPPLICABLE' }> => answer.status === 'INAPPLICABLE',
    );
    remaining = remaining.filter((member) => !inapplicable.some((answer) => isResultOf(member, answer)));
    const next = ranked(remaining, ranks);
    const hierarchy = validation.stacking_rules?.redeemables_sorting_rule === 'CATEGORY_HIERARCHY';
    const reordered = !hierarchy && next.some((member, index) => member !== sent[index]);
    if (!inapplicable.length && !reordered) break;
    dropped.push(...inapplicable);
    if (!next.length) return { validation: null, members: [], dropped };
    sent = next;
    validation = await validate(sent);
  }
  return { validation, members: sent, dropped };
}
