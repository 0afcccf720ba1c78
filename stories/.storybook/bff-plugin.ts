import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import type { Plugin } from 'vite';

const storiesDir = fileURLToPath(new URL('..', import.meta.url));

/** Starts `serve-bff.ts` in its own Node process and resolves with the BFF's base URL. */
function startBffProcess(): Promise<{ url: URL; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--conditions=@promokit/source', '--import', 'tsx', '.storybook/serve-bff.ts'],
    { cwd: storiesDir, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  process.once('exit', () => child.kill());
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The story BFF exited with code ${code}`)));
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      // The URL is all we read; the process must not keep the dev server's process alive.
      lines.close();
      child.stdout?.destroy();
      child.unref();
      resolve({ url: new URL(line), child });
    });
  });
}

/**
 * Serves the real BFF and engine at `/api/promotions` in the dev server that serves the stories
 * (Storybook's, and Vitest's in browser mode). They run in a Node process of their own, as in
 * production, and requests are forwarded to it unchanged.
 */
export function promokitBff(): Plugin {
  return {
    name: 'promokit-story-bff',
    apply: 'serve',
    async configureServer(server) {
      const { url, child } = await startBffProcess();
      const close = server.close.bind(server);
      server.close = () => {
        child.kill();
        return close();
      };
      server.middlewares.use('/api/promotions', (req, res) => {
        const forward = request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname + req.url,
            method: req.method,
            headers: req.headers,
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        forward.once('error', () => res.writeHead(502).end());
        req.pipe(forward);
      });
    },
  };
}
