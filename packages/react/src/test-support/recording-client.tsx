import { type PromoClient, createPromoClient } from '@promokit/core';
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

/** A recording client of the demo BFF started by the test run's global setup. */
export function recordingClient(): RecordingClient {
  const requests: SentRequest[] = [];
  let gate: Promise<void> | null = null;
  let open = (): void => {};
  const client = createPromoClient({
    baseUrl: inject('promoBffUrl'),
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

/** Everything a hook test needs: the recording client, the events sent, and a provider wrapper. */
export function promoHarness(props: Partial<PromoProviderProps> = {}) {
  const recording = recordingClient();
  const events: PromoEvent[] = [];
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <PromoProvider
      client={recording.client}
      queryClient={queryClient}
      onEvent={(event) => events.push(event)}
      {...props}
    >
      {children}
    </PromoProvider>
  );
  return { ...recording, events, queryClient, wrapper };
}
