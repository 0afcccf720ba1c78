import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import type { ProvidedReference } from './reference-global-setup.js';
import { buildExample, exampleSources } from './reference-examples.js';
import type { ReferenceFileName } from './voucherify-reference-manifest.js';

/**
 * Voucherify's official spec and recorded exchanges for wire tests, never copied into PromoKit:
 * read in place from a copy beside the checkout, or from the verified download cache (the
 * recorded exchanges then built in memory from the spec files). Found once per run by
 * `reference-global-setup.ts`.
 */
export function voucherifyReference(): ProvidedReference {
  const reference = inject('voucherifyReference');
  if (reference === undefined)
    throw new Error('The Voucherify reference was not resolved; run the tests through vitest.config.ts');
  return reference;
}

/**
 * A file the wire tests read: a file of the manifest (`readOnly-openAPI.json`) or a recorded
 * exchange (`examples/02-validations-valid-5-redeemables.json`).
 */
export type ReferenceNeed = ReferenceFileName | `examples/${string}`;

/** Why `need` cannot be read in this run, or undefined when it can. */
function whyMissing(need: ReferenceNeed): string | undefined {
  const reference = voucherifyReference();
  if (need.startsWith('examples/')) {
    const example = need.slice('examples/'.length);
    if (reference.copyDir !== undefined) {
      return existsSync(join(reference.copyDir, need)) ? undefined : `no ${need} in ${reference.copyDir}`;
    }
    const absent = exampleSources(example).filter((name) => !(name in reference.files));
    return absent.length === 0
      ? undefined
      : `${need} is built from ${absent.join(', ')}, which is unavailable`;
  }
  const reason = reference.missing[need];
  return reason === undefined ? undefined : `${need}: ${reason}`;
}

const noted = new Set<string>();
function note(kind: 'skipped' | 'unchecked'): void {
  const line = `${kind} ${expect.getState().testPath ?? 'unknown test file'}\n`;
  if (noted.has(line)) return;
  noted.add(line);
  appendFileSync(voucherifyReference().skipLog, line);
}

/** Whether every one of `needs` can be read in this run (nothing is recorded). */
export function referenceAvailable(...needs: ReferenceNeed[]): boolean {
  return needs.every((need) => whyMissing(need) === undefined);
}

/**
 * Why the wire tests needing `needs` cannot run, or undefined when they can; when they cannot,
 * the calling test file is counted in the run's one "Voucherify reference not available" line.
 * Use as `it.skipIf(referenceMissing(...))` for a test that reads the reference in its body.
 */
export function referenceMissing(...needs: ReferenceNeed[]): string | undefined {
  const reasons = needs.map(whyMissing).filter((reason) => reason !== undefined);
  if (reasons.length === 0) return undefined;
  note('skipped');
  return reasons.join('; ');
}

/**
 * A `describe` whose body reads the reference while collecting (e.g. for `it.each`): when some of
 * `needs` cannot be read, the body is not run and the suite is reported skipped with the reason.
 */
export function describeWithReference(name: string, needs: ReferenceNeed[], body: () => void): void {
  const missing = referenceMissing(...needs);
  if (missing === undefined) describe(name, body);
  else describe.skip(name, () => it(`needs the Voucherify reference (${missing})`, () => {}));
}

/**
 * Records that the calling test file could not check something against the spec (the spec is
 * missing), so the run's summary line says so; see the engine's `expectConformant`.
 */
export function noteUncheckedAgainstSpec(): void {
  note('unchecked');
}

const parsed = new Map<string, unknown>();

function fileText(name: ReferenceFileName): string {
  const path = voucherifyReference().files[name];
  if (path === undefined)
    throw new Error(`Voucherify reference file ${whyMissing(name) ?? `${name} is not in the manifest`}`);
  return readFileSync(path, 'utf8');
}

function fileJson(name: ReferenceFileName): unknown {
  if (!parsed.has(name)) parsed.set(name, JSON.parse(fileText(name)));
  return parsed.get(name);
}

/** Reads one file of the Voucherify reference as JSON, e.g. `readOnly-openAPI.json` or `examples/02-….json`. */
export function readReference<T = Record<string, unknown>>(file: ReferenceNeed): T {
  if (file.startsWith('examples/')) return readExample(file.slice('examples/'.length)) as T;
  return structuredClone(fileJson(file as ReferenceFileName)) as T;
}

/**
 * Reads one recorded exchange, e.g. `02-validations-valid-5-redeemables.json`: the copy's
 * `examples/` file, or the same exchange built from the downloaded spec files.
 *
 * @throws Error naming the missing file when the reference cannot give it.
 */
export function readExample(file: string): Record<string, unknown> {
  const reference = voucherifyReference();
  if (reference.copyDir !== undefined)
    return JSON.parse(readFileSync(join(reference.copyDir, 'examples', file), 'utf8')) as Record<
      string,
      unknown
    >;
  const missing = whyMissing(`examples/${file}`);
  if (missing !== undefined) throw new Error(`Voucherify reference: ${missing}`);
  return structuredClone(buildExample(file, { json: fileJson, text: fileText }));
}
