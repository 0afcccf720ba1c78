/**
 * `promokit-engine` entry point: serves the engine until SIGINT or SIGTERM, then closes the
 * server and the database. See `USAGE`.
 */
import { CliUsageError, USAGE, runCli } from './cli/run-cli.js';

try {
  const running = await runCli(process.argv.slice(2), process.env);
  console.info(`PromoKit engine listening on ${running.url}`);
  const shutdown = () => {
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  if (error instanceof CliUsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
