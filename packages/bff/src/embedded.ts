/**
 * `@promokit/bff/embedded`: the embedded engine as the BFF's upstream. Its own entry, so that a
 * Voucherify-only storefront installs and bundles nothing native: `@promokit/engine` (and through
 * it better-sqlite3) is an optional peer dependency, loaded only when this entry is imported.
 * Importing it without the engine installed throws {@link EngineNotInstalledError}.
 */
export { EngineNotInstalledError } from './engine-not-installed-error.js';
export { embeddedUpstream } from './embedded-upstream.js';
export type { EmbeddedUpstreamOptions } from './embedded-upstream.js';
