import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';

import { serve } from '@hono/node-server';
import { pino } from 'pino';

import type { BffOptions } from '../create-bff.js';
import { DEMO_BFF_PATH, demoBff } from '../testing.js';

/** The demo BFF served as a framework serves a route handler, with its log lines kept. */
export interface FrameworkServer {
  /** `http://127.0.0.1:port`: where requests really go. */
  address: string;
  /** Every log line, parsed. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * The demo BFF behind a real HTTP server that, like a Next.js route handler, hands it a request
 * whose URL names the framework's own host (`http://localhost:3000`), not the one the browser
 * used; the request's headers (`Host`, `Origin`, `X-Forwarded-*`) are passed on as received.
 */
export function frameworkServer(options: Partial<BffOptions> = {}): Promise<FrameworkServer> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const bff = demoBff({ logger: pino(sink), ...options });
  return new Promise((resolve) => {
    const server = serve(
      {
        fetch: async (request: Request) => {
          const url = new URL(request.url);
          url.protocol = 'http:';
          url.host = 'localhost:3000';
          const body =
            request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
          return bff.site.fetch(new Request(url, { method: request.method, headers: request.headers, body }));
        },
        hostname: '127.0.0.1',
        port: 0,
      },
      (info: AddressInfo) =>
        resolve({
          address: `http://127.0.0.1:${info.port}`,
          logs,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              bff.close();
            }),
        }),
    );
  });
}

/** An answer to {@link rawRequest}. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request with exactly the headers given (`Host` included, which `fetch` will not set),
 * to `path` under the BFF's mount point.
 */
export function rawRequest(
  address: string,
  path: string,
  {
    method = 'POST',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      `${address}${DEMO_BFF_PATH}${path}`,
      {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
        );
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}
