import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { TestProject } from 'vitest/node';

import {
  DEFAULT_REFERENCE_BASE_URL,
  copyCandidates,
  defaultCacheDir,
  resolveVoucherifyReference,
  type VoucherifyReference,
} from './voucherify-reference.js';

/** What the test files learn about the Voucherify reference (see `examples.ts`). */
export interface ProvidedReference extends VoucherifyReference {
  /** The copies looked for, in order. */
  copyDirs: string[];
  /** Base URL files were (or would have been) downloaded from. */
  baseUrl: string;
  /** File the test files append a line to for each test file that skips or cannot check something. */
  skipLog: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Voucherify reference of this run: where each file is, and why any is missing. */
    voucherifyReference: ProvidedReference;
  }
}

/**
 * The one line that says which wire tests did not run and why, or undefined when all ran.
 * `skipLog` lines are `skipped <test file>` or `unchecked <test file>`.
 */
export function referenceSummary(reference: ProvidedReference, skipLog: string): string | undefined {
  const lines = skipLog.split('\n').filter(Boolean);
  const count = (kind: string) =>
    new Set(lines.filter((line) => line.startsWith(`${kind} `)).map((line) => line.slice(kind.length + 1)))
      .size;
  const skipped = count('skipped');
  const unchecked = count('unchecked');
  if (skipped + unchecked === 0) return undefined;
  const none = Object.keys(reference.files).length === 0;
  const reasons = [...new Set(Object.values(reference.missing))];
  // Nothing at all, for one reason (offline): that reason; otherwise each missing file and why.
  const why =
    none && reasons.length === 1
      ? reasons[0]
      : Object.entries(reference.missing)
          .map(([name, reason]) => `${name}: ${reason}`)
          .join('; ');
  const where = reference.copyDir === undefined ? `no copy at ${reference.copyDirs.join(' or ')}, ` : '';
  const counts = [
    ...(skipped ? [`${skipped} wire test file${skipped === 1 ? '' : 's'} skipped (in whole or part)`] : []),
    ...(unchecked
      ? [
          `${unchecked} test file${unchecked === 1 ? '' : 's'} ran without checking responses against the spec`,
        ]
      : []),
  ];
  return `Voucherify reference ${none ? 'not available' : 'incomplete'} (${where}${why}): ${counts.join('; ')}`;
}

/**
 * Vitest global setup: finds the Voucherify reference once per run (a copy beside the checkout,
 * else the verified cache, else a download of the pinned files) and provides it to the test files
 * as `voucherifyReference`; after the run, prints one line if some wire tests could not run.
 *
 * @throws ReferenceIntegrityError when a downloaded file does not match its pinned SHA-256.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = resolve(import.meta.dirname, '../../../..');
  const copyDirs = copyCandidates(root);
  const baseUrl = process.env['PROMOKIT_VOUCHERIFY_BASE_URL'] || DEFAULT_REFERENCE_BASE_URL;
  const reference = await resolveVoucherifyReference({ copyDirs, cacheDir: defaultCacheDir(root), baseUrl });
  const logDir = mkdtempSync(join(tmpdir(), 'promokit-reference-'));
  const skipLog = join(logDir, 'skipped.log');
  writeFileSync(skipLog, '');
  const provided: ProvidedReference = { ...reference, copyDirs, baseUrl, skipLog };
  project.provide('voucherifyReference', provided);
  return () => {
    const summary = referenceSummary(provided, readFileSync(skipLog, 'utf8'));
    if (summary !== undefined) console.info(`\n${summary}\n`);
    rmSync(logDir, { recursive: true, force: true });
  };
}
