import {
  type Cart,
  type PromoClient,
  type ValidateResponse,
  caseInsensitiveCodes,
  createPromoClient,
} from '@promokit/core';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { inject } from 'vitest';

import type { PromoEvent } from '../events.js';
import { PromoProvider, type PromoProviderProps } from '../promo-provider.js';

/** One request the client sent to the demo BFF. */
export interface SentRequest {
  route: string;
  body: Record<string, unknown>;
  signal: AbortSignal | undefined;
}

/** A client of the demo BFF, the real fetch wrapped to record requests and, when told, hold them. */
export interface RecordingClient {
  client: PromoClient;
  requests: SentRequest[];
  /** Requests to `route` with `codes` in their body, or all requests to the route. */
  sent(route: string, codes?: readonly string[]): SentRequest[];
  /** Holds every request from now on until {@link RecordingClient.release}. */
  hold(): void;
  release(): void;
}

/**
 * Signs in to the demo BFF as one of its personas (`returning-customer`, `loyalty-member`, ...) and
 * answers the session cookie, to send as a header (Node's fetch keeps no cookies).
 */
export async function signIn(persona: string): Promise<string> {
  const response = await fetch(`${inject('promoBffUrl')}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok) throw new Error(`Signing in as ${persona} answered ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** What the demo BFF answers for `codes` on `cart`, asked directly: what a hook must show. */
export function serverAnswer(cart: Cart, codes: string[]): Promise<ValidateResponse> {
  return createPromoClient({ baseUrl: inject('promoBffUrl') }).validate({ cart, codes });
}

/** Where and how a {@link recordingClient} reaches a BFF. */
export interface RecordingOptions {
  /** Headers for every request, e.g. a session cookie from {@link signIn}. */
  headers?: Record<string, string>;
  /** Defaults to the demo BFF started by the test run's global setup. */
  baseUrl?: string;
}

/** A recording client of a demo BFF, by default the one the test run's global setup started. */
export function recordingClient({
  headers = {},
  baseUrl = inject('promoBffUrl'),
}: RecordingOptions = {}): RecordingClient {
  const requests: SentRequest[] = [];
  let gate: Promise<void> | null = null;
  let open = (): void => {};
  const client = createPromoClient({
    baseUrl,
    headers,
    fetch: async (input, init) => {
      const route = String(input).split('/').at(-1) ?? '';
      requests.push({
        route,
        body: JSON.parse(String(init?.body)) as Record<string, unknown>,
        signal: init?.signal ?? undefined,
      });
      if (gate) await gate;
      return fetch(input, init);
    },
  });
  return {
    client,
    requests,
    sent: (route, codes) =>
      requests.filter(
        (request) =>
          request.route === route && (!codes || JSON.stringify(request.body.codes) === JSON.stringify(codes)),
      ),
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      gate = null;
      open();
    },
  };
}

/**
 * Everything a hook test needs: the recording client, the events sent, and a provider wrapper.
 * The provider compares codes as the demo project does (case-insensitive) unless told otherwise.
 */
export function promoHarness(props: Partial<PromoProviderProps> = {}, options: RecordingOptions = {}) {
  const recording = recordingClient(options);
  const events: PromoEvent[] = [];
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <PromoProvider
      client={recording.client}
      queryClient={queryClient}
      codeMatching={caseInsensitiveCodes}
      onEvent={(event) => events.push(event)}
      {...props}
    >
      {children}
    </PromoProvider>
  );
  return { ...recording, events, queryClient, wrapper };
}
