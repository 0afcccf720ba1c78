import { parseArgs } from 'node:util';

import { openEngine } from '../engine.js';
import { serveEngine } from '../http/serve-engine.js';
import { loadSeedFile } from '../seed/parse-seed.js';
import { credentialsFromEnv } from './local-credentials.js';

/** Command-line help. */
export const USAGE = `Usage: promokit-engine serve --db FILE [--seed FILE] [--reseed] [--port N] [--host ADDRESS]

  --db FILE       SQLite file, created when missing
  --seed FILE     seed JSON, loaded when the database is empty
  --reseed        replace the database content with --seed
  --port N        TCP port (default 8787; 0 picks a free one)
  --host ADDRESS  interface to listen on (default 127.0.0.1)

Credentials: PROMOKIT_ENGINE_APP_ID and PROMOKIT_ENGINE_APP_TOKEN
(default promokit-local / promokit-local-token).`;

/** Wrong command-line arguments; the message says what and {@link USAGE} says how. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** A running `serve` command. */
export interface RunningCli {
  url: string;
  /** Stops the server, then closes the database. */
  stop(): Promise<void>;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new CliUsageError(`--port must be 0-65535, got ${value}`);
  return port;
}

/**
 * Runs `promokit-engine serve …`: opens the engine on `--db`, seeding it from `--seed` when empty
 * (or always with `--reseed`), and serves it over HTTP.
 *
 * @throws {CliUsageError} for wrong arguments; `InvalidSeedError` for a bad seed.
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<RunningCli> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        seed: { type: 'string' },
        reseed: { type: 'boolean', default: false },
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
      },
    });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1 || positionals[0] !== 'serve') {
    throw new CliUsageError(`unknown command: ${positionals.join(' ') || '(none)'}`);
  }
  if (values.db === undefined) throw new CliUsageError('--db is required');
  if (values.reseed && values.seed === undefined) throw new CliUsageError('--reseed needs --seed');
  const port = parsePort(values.port);

  const seed = values.seed === undefined ? undefined : loadSeedFile(values.seed);
  const engine = openEngine({ file: values.db, seed });
  try {
    if (values.reseed && seed !== undefined) engine.reseed(seed);
    const server = await serveEngine({ engine, port, hostname: values.host, ...credentialsFromEnv(env) });
    return {
      url: server.url,
      stop: async () => {
        try {
          await server.close();
        } finally {
          engine.close();
        }
      },
    };
  } catch (error) {
    engine.close();
    throw error;
  }
}
