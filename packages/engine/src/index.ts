/**
 * Embedded Voucherify-compatible promotion engine on SQLite: `openEngine` for in-process use,
 * `createEngineApp` / `serveEngine` for its `/v1` HTTP face, the seed format, the demo seed and the
 * error keys it sends.
 *
 * @packageDocumentation
 */
export { LOCAL_APP_ID, LOCAL_APP_TOKEN } from './cli/local-credentials.js';
export { openEngine } from './engine.js';
export type { Engine, EngineOptions } from './engine.js';
export type { CampaignSummary } from './model/campaign-summary.js';
export { EngineRequestError } from './engine-request-error.js';
export type { EngineErrorBody } from './engine-request-error.js';
export { REJECTION_ERROR_KEYS, REQUEST_ERROR_KEYS } from './error-keys.js';
export type { EngineErrorKey, RejectionErrorKey, RequestErrorKey } from './error-keys.js';
export { createEngineApp } from './http/app.js';
export type { EngineAppOptions } from './http/app.js';
export { serveEngine } from './http/serve-engine.js';
export type { EngineServer, ServeEngineOptions } from './http/serve-engine.js';
export { demoSeed } from './seed/demo-seed.js';
export { payWithPointsRewards } from './seed/pay-with-points-rewards.js';
export { InvalidSeedError, loadSeedFile, parseSeed } from './seed/parse-seed.js';
export type { SeedProblem } from './seed/parse-seed.js';
export {
  seedAmountDiscountSchema,
  seedCampaignSchema,
  seedDiscountCouponsCampaignSchema,
  seedDiscountSchema,
  seedMinOrderAmountConditionSchema,
  seedPercentDiscountSchema,
  seedRuleConditionSchema,
  seedSchema,
  seedValidationRuleSchema,
  seedVoucherSchema,
} from './seed/seed-schema.js';
export type { EngineDiscount, RuleCondition, Seed, SeedInput, ValidationRule } from './seed/seed-schema.js';
export { DEFAULT_STACKING_RULES } from './validation/stacking-rules.js';
