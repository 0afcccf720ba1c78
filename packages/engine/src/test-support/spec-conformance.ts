import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';

/** Voucherify's reference files (spec and examples), read in place; set by the test configuration. */
export function readReference<T>(file: string): T {
  const dir = process.env.PROMOKIT_VOUCHERIFY_DIR;
  if (!dir) throw new Error('PROMOKIT_VOUCHERIFY_DIR is not set; run the tests through vitest.config.ts');
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

/**
 * The spec's `oneOf` alternatives declare no required properties, so data matching one alternative
 * matches the others too (an APPLICABLE `result: {discount}` fits RedeemableResultVoucherCode,
 * ...GiftCard, ...LoyaltyCard, ...PromotionTier and ...PromotionStack) and a strict `oneOf` rejects
 * Voucherify's own examples. The one workaround: read every `oneOf` as `anyOf`. Each alternative still
 * has to match in full, and the `enum`s on `status`/`type` keep telling them apart.
 */
function oneOfAsAnyOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(oneOfAsAnyOf);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key === 'oneOf' ? 'anyOf' : key, oneOfAsAnyOf(value)]),
  );
}

let validator: ValidateFunction | undefined;

/**
 * Compiles the spec's `ValidationsValidateResponseBody` with the whole `components` object (Ajv 8
 * understands OpenAPI 3.0 `nullable`; `strictSchema: false` lets through annotations such as
 * `example` that are not JSON Schema keywords).
 */
function responseValidator(): ValidateFunction {
  if (validator) return validator;
  const spec = readReference<{ components: unknown }>('readOnly-openAPI.json');
  const ajv = new Ajv({ strictSchema: false, allErrors: true });
  addFormats.default(ajv); // CommonJS module: its plugin is `default` under NodeNext
  ajv.addSchema({ $id: 'voucherify', components: oneOfAsAnyOf(spec.components) });
  validator = ajv.getSchema('voucherify#/components/schemas/ValidationsValidateResponseBody');
  if (!validator) throw new Error('ValidationsValidateResponseBody is missing from the spec');
  return validator;
}

/** The spec's complaints about a validation response; empty when it conforms. */
export function specViolations(response: unknown): string[] {
  const validate = responseValidator();
  if (validate(response)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

/** Asserts that a validation response conforms to the spec, and returns it. */
export function expectConformant<T>(response: T): T {
  expect(specViolations(response)).toEqual([]);
  return response;
}
