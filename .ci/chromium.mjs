// The browser every browser test and measurement uses: Debian's Chromium, started with the flags
// that work on a machine without a GPU or outside network.

/** Path of the Chromium binary; PROMOKIT_CHROMIUM overrides it. */
export const chromiumPath = process.env.PROMOKIT_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for headless runs: no sandbox (root in CI), no GPU, no background network traffic. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
