import { type IncomingMessage, type ServerResponse, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does with one `POST /v1/redemptions`:
 *
 * - `{ delayMs }`: holds it, then passes it on whether or not its sender still waits (a slow
 *   upstream books what it received);
 * - `'drop-after'`: passes it on, then closes the connection without answering (booked, answer lost);
 * - `'fail-after'`: passes it on, then answers 502 instead of upstream's answer (a gateway failing);
 * - `'drop-before'`: closes the connection without passing it on (lost before upstream saw it);
 * - `'hang'`: holds it without passing it on or answering, until the proxy closes (a hung upstream).
 */
export type RedemptionFault = { delayMs: number } | 'drop-after' | 'fail-after' | 'drop-before' | 'hang';

/** A real HTTP proxy in front of an upstream, misbehaving on redemptions as told. */
export interface FaultProxy {
  url: string;
  /**
   * Faults for the next redemptions, one each, in order, replacing those not used yet; the
   * redemptions after them pass through.
   */
  plan(...faults: RedemptionFault[]): void;
  /** Redemptions received, and how many of them reached upstream and got its answer. */
  readonly redemptions: { received: number; landed: number };
  /** Resolves once `count` redemptions in all have reached upstream and been answered there. */
  landed(count: number): Promise<void>;
  close(): Promise<void>;
}

const isRedemption = (request: IncomingMessage) =>
  request.method === 'POST' && new URL(request.url ?? '/', 'http://proxy').pathname === '/v1/redemptions';

/** Options of {@link faultProxy}. */
export interface FaultProxyOptions {
  /** The fault for a redemption (its parsed body) when none is planned; none by default. */
  faultFor?: (body: unknown) => RedemptionFault | undefined;
  /** Told of every answer upstream gave through the proxy: the request and how long upstream took, in ms. */
  observe?: (request: { method: string; path: string }, ms: number) => void;
}

/** Starts a proxy on a free loopback port that forwards every request to `target`. */
export async function faultProxy(target: string, options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const upstream = new URL(target);
  const faults: RedemptionFault[] = [];
  const counts = { received: 0, landed: 0 };
  const waiting: { count: number; resolve: () => void }[] = [];
  const held = new Set<ServerResponse>();

  const land = () => {
    counts.landed++;
    for (const waiter of waiting.filter((item) => counts.landed >= item.count)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  };

  /** Sends the request upstream; answers the upstream's answer to `reply`, unless it is `null`. */
  const forward = (request: IncomingMessage, body: Buffer, reply: ServerResponse | null) =>
    new Promise<void>((resolve) => {
      const sentAt = performance.now();
      const outgoing = httpRequest(
        {
          hostname: upstream.hostname,
          port: upstream.port,
          method: request.method,
          path: request.url,
          headers: { ...request.headers, host: upstream.host },
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () => {
            options.observe?.(
              {
                method: request.method ?? 'GET',
                path: new URL(request.url ?? '/', 'http://proxy').pathname,
              },
              performance.now() - sentAt,
            );
            if (reply && !reply.destroyed) {
              reply.writeHead(incoming.statusCode ?? 502, incoming.headers).end(Buffer.concat(chunks));
            }
            resolve();
          });
        },
      );
      outgoing.on('error', () => {
        if (reply && !reply.destroyed) reply.writeHead(502).end();
        resolve();
      });
      outgoing.end(body);
    });

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      if (!isRedemption(request)) {
        void forward(request, body, response);
        return;
      }
      counts.received++;
      const fault = faults.shift() ?? options.faultFor?.(parseJson(body));
      if (fault === undefined) {
        void forward(request, body, response).then(land);
      } else if (fault === 'hang') {
        held.add(response);
      } else if (fault === 'drop-before') {
        response.socket?.destroy();
      } else if (fault === 'drop-after' || fault === 'fail-after') {
        void forward(request, body, null).then(() => {
          land();
          if (fault === 'drop-after') response.socket?.destroy();
          else response.writeHead(502, { 'content-type': 'text/plain' }).end('Bad gateway');
        });
      } else {
        setTimeout(() => void forward(request, body, response).then(land), fault.delayMs);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    plan: (...next) => void faults.splice(0, faults.length, ...next),
    redemptions: counts,
    landed: (count) =>
      counts.landed >= count ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve })),
    close: () =>
      new Promise((resolve) => {
        for (const response of held) response.socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
