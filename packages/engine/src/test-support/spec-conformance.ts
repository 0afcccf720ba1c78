import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';

import {
  noteUncheckedAgainstSpec,
  readReference,
  referenceAvailable,
} from '../../../voucherify/src/test-support/examples.js';

export {
  describeWithReference,
  readReference,
  referenceMissing,
} from '../../../voucherify/src/test-support/examples.js';

/**
 * Three readings that make the spec compile and accept Voucherify's own examples:
 *
 * - The spec's `oneOf` alternatives declare no required properties, so data matching one
 *   alternative matches the others too (an APPLICABLE `result: {discount}` fits
 *   RedeemableResultVoucherCode, ...GiftCard, ...LoyaltyCard, ...PromotionTier and
 *   ...PromotionStack) and a strict `oneOf` rejects Voucherify's own examples. Every `oneOf` is
 *   read as `anyOf`. Each alternative still has to match in full, and the `enum`s on
 *   `status`/`type` keep telling them apart.
 * - Some schemas say `nullable: true` without a `type` (next to a `$ref` or an `allOf`), which
 *   Ajv refuses. Such a schema is read as "this, or null".
 * - `RedemptionRewardResult` requires a property `reward` it does not define, and the reward of
 *   Voucherify's own rollback example (`06-redemptions-rollback-single.json`) has none: the
 *   requirement is dropped.
 */
function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([key, value]): [string, unknown] => [
    key === 'oneOf' ? 'anyOf' : key,
    normalize(value),
  ]);
  const schema = Object.fromEntries(entries);
  if (!('nullable' in schema) || 'type' in schema) return schema;
  const { nullable, ...rest } = schema;
  return nullable === true ? { anyOf: [rest, { type: 'null' }] } : rest;
}

/** The spec's response (and request) schemas the engine's answers are checked against. */
export type SpecSchema =
  | 'ValidationsValidateResponseBody'
  | 'QualificationsCheckEligibilityResponseBody'
  | 'RedemptionsRedeemResponseBody'
  | 'RedemptionsRollbackCreateResponseBody'
  | 'RedemptionsRollbacksCreateResponseBody'
  | 'OrdersGetResponseBody'
  | 'RedemptionsGetResponseBody'
  | 'CustomersCreateResponseBody'
  | 'EventsCreateResponseBody'
  | 'OrdersCreateResponseBody'
  | 'LoyaltiesMembersRewardsListResponseBody';

let ajv: Ajv | undefined;
const validators = new Map<SpecSchema, ValidateFunction>();

/**
 * Compiles one of the spec's schemas with the whole `components` object (Ajv 8 understands
 * OpenAPI 3.0 `nullable`; `strictSchema: false` lets through annotations such as `example` that
 * are not JSON Schema keywords).
 */
function validatorFor(schema: SpecSchema): ValidateFunction {
  const known = validators.get(schema);
  if (known) return known;
  if (ajv === undefined) {
    const spec = readReference<{ components: unknown }>('readOnly-openAPI.json');
    ajv = new Ajv({ strictSchema: false, allErrors: true });
    addFormats.default(ajv); // CommonJS module: its plugin is `default` under NodeNext
    const components = normalize(spec.components) as { schemas: Record<string, Record<string, unknown>> };
    delete components.schemas['RedemptionRewardResult']?.['required'];
    ajv.addSchema({ $id: 'voucherify', components });
  }
  const validate = ajv.getSchema(`voucherify#/components/schemas/${schema}`);
  if (!validate) throw new Error(`${schema} is missing from the spec`);
  validators.set(schema, validate);
  return validate;
}

/** The spec's complaints about a response (a validation response unless `schema` says otherwise); empty when it conforms. */
export function specViolations(
  response: unknown,
  schema: SpecSchema = 'ValidationsValidateResponseBody',
): string[] {
  const validate = validatorFor(schema);
  if (validate(response)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

/**
 * Asserts that a response conforms to the spec's `schema` (a validation response by default), and
 * returns it. Without the spec (no copy of the Voucherify reference and no download) the response
 * is returned unchecked, and the run's summary line counts the calling test file.
 */
export function expectConformant<T>(response: T, schema?: SpecSchema): T {
  if (specUnavailable()) {
    noteUncheckedAgainstSpec();
    return response;
  }
  expect(specViolations(response, schema)).toEqual([]);
  return response;
}

const specUnavailable = () => !referenceAvailable('readOnly-openAPI.json');
