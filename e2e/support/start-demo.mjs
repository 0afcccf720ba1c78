// Starts the demo store (`pnpm --filter @promokit/demo-store demo`) on `port`, with a fresh engine
// file, for the scripts that measure it in a browser (Lighthouse, the apply benchmark).
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Resolves once the store answers, with its URL and a `stop()` that ends it and its BFF.
 * @param {number} port
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export function startDemo(port) {
  const demo = spawn('pnpm', ['--filter', '@promokit/demo-store', 'demo'], {
    env: {
      ...process.env,
      PORT: String(port),
      PROMOKIT_DEMO_DB: join(tmpdir(), `promokit-measure-${port}-${Date.now()}.sqlite`),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    demo.once('exit', (code) => reject(new Error(`The demo exited with code ${code}`)));
    createInterface({ input: demo.stdout }).on('line', (line) => {
      const url = line.match(/demo store: (http\S+)/)?.[1];
      if (url) resolve({ url, stop: () => process.kill(-demo.pid, 'SIGINT') });
    });
  });
}
