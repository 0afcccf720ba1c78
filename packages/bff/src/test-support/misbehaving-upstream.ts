import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server standing in for a failing Voucherify. */
export interface MisbehavingUpstream {
  url: string;
  /** Requests received so far. */
  readonly hits: number;
  close(): Promise<void>;
}

/** Starts a local HTTP server, on `port` (default any free one), that answers every request with `behave`. */
export function misbehavingUpstream(
  behave: (request: IncomingMessage, response: ServerResponse) => void,
  port = 0,
): Promise<MisbehavingUpstream> {
  let hits = 0;
  const server = createServer((request, response) => {
    hits++;
    request.resume();
    behave(request, response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        get hits() {
          return hits;
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
