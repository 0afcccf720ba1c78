/**
 * The embedded engine was asked for (`@promokit/bff/embedded`, or `promokit-bff` without Voucherify
 * credentials) but cannot run here: `@promokit/engine`, an optional peer dependency of
 * `@promokit/bff`, is not installed, or its SQLite driver `better-sqlite3` has no native build
 * (pnpm 10 skips dependency builds unless allowed). The message says which, and what to install or
 * allow; `cause` is the loader's own error.
 */
export class EngineNotInstalledError extends Error {
  override readonly name = 'EngineNotInstalledError';
  /** `engine`: `@promokit/engine` is missing; `native-build`: `better-sqlite3` was not built. */
  readonly missing: 'engine' | 'native-build';

  constructor(missing: 'engine' | 'native-build', cause: unknown) {
    super(
      missing === 'engine'
        ? 'The embedded engine needs @promokit/engine, an optional peer dependency of @promokit/bff: ' +
            'install it (npm install @promokit/engine), or call Voucherify with voucherifyUpstream() ' +
            'from @promokit/bff, which needs nothing native.'
        : 'The embedded engine needs the native build of better-sqlite3, which is missing. With pnpm 10, ' +
            'allow it: pnpm approve-builds --all (it builds at once), or "pnpm": { "onlyBuiltDependencies": ' +
            '["better-sqlite3"] } in package.json, then pnpm rebuild better-sqlite3; with npm, reinstall ' +
            'without --ignore-scripts.',
      { cause },
    );
    this.missing = missing;
  }
}

/** Whether `error` says that `@promokit/engine` itself could not be found. */
export function isEngineMissing(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'MODULE_NOT_FOUND') &&
    error.message.includes('@promokit/engine')
  );
}

/** Whether `error` says that better-sqlite3's native addon is missing. */
export function isNativeBuildMissing(error: unknown): boolean {
  return (
    error instanceof Error && /better_sqlite3\.node|Could not locate the bindings file/.test(error.message)
  );
}
