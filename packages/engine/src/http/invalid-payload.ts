import type { z } from 'zod';

import { formatPath } from '../zod-path.js';

/**
 * Describes the first schema problem the way Voucherify does in `invalid_payload` details, for
 * example `Property .redeemables[1] should have required property 'id'`.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const parent = issue.path.slice(0, -1);
  const last = issue.path.at(-1);
  if (issue.code === 'invalid_type' && issue.input === undefined && last !== undefined) {
    const owner = parent.length === 0 ? 'Body' : `Property ${formatPath(parent)}`;
    return `${owner} should have required property '${String(last)}'`;
  }
  const where = issue.path.length === 0 ? 'Body' : `Property ${formatPath(issue.path)}`;
  return `${where}: ${issue.message}`;
}
