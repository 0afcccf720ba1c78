import { type Logger, pino } from 'pino';

/**
 * The BFF's logger when `createBff` is given none: pino at `info`, one JSON line per entry. On
 * Node, lines go to stdout asynchronously but each as soon as it is logged, never held back for a
 * batch, so a request's line shows while it is being debugged. Where bundlers pick pino's browser
 * build (Edge functions, workers, which have no file descriptors), lines go to `console.info`,
 * errors serialized as on Node.
 */
export function defaultLogger(): Logger {
  if (typeof pino.destination === 'function') return pino(pino.destination({ dest: 1, sync: false }));
  return pino({
    browser: { serialize: true, write: (entry) => console.info(JSON.stringify(entry)) },
    serializers: { err: pino.stdSerializers.err },
  });
}
