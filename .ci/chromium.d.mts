/** Path of the Chromium binary; PROMOKIT_CHROMIUM overrides it. */
export declare const chromiumPath: string;
/** Flags for headless runs: no sandbox (root in CI), no GPU, no background network traffic. */
export declare const chromiumArgs: readonly string[];
