import { spawn } from 'node:child_process';

import { freePort } from './free-port.js';

/** A throwaway redis-server. */
export interface RunningRedis {
  port: number;
  stop(): Promise<void>;
}

/** Where Debian's `redis-server` package installs the server. */
export const REDIS_SERVER = '/usr/bin/redis-server';

/** Starts Debian's `redis-server` on a free port, without persistence, and waits until it is ready. */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freePort();
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    child.once('error', reject);
  });
  return {
    port,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
