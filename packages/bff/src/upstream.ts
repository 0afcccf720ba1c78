import {
  createVoucherifyClient,
  type ValidationsValidateRequestBody,
  type ValidationsValidateResponseBody,
} from '@promokit/voucherify';

/** Where promotions come from: Voucherify, or the embedded engine speaking its wire format. */
export interface Upstream {
  /** Named in the start-up log. */
  readonly name: string;
  /** `POST /v1/validations`. */
  validate(
    body: ValidationsValidateRequestBody,
    signal?: AbortSignal,
  ): Promise<ValidationsValidateResponseBody>;
  /** Releases what the upstream holds (the embedded engine's database). */
  close(): void;
}

/** Options of {@link voucherifyUpstream}. */
export interface VoucherifyUpstreamOptions {
  /** Cluster URL, e.g. `https://api.voucherify.io` or `https://us1.api.voucherify.io`. */
  baseUrl: string;
  appId: string;
  appToken: string;
  /** Per-call timeout; default 2500 ms so the BFF answers within 3 s when Voucherify hangs. */
  timeoutMs?: number;
  /** The fetch to call Voucherify with; defaults to the global one. */
  fetch?: typeof fetch;
  name?: string;
}

/** An {@link Upstream} that calls Voucherify's API (or anything speaking it) over HTTP. */
export function voucherifyUpstream(options: VoucherifyUpstreamOptions): Upstream {
  const client = createVoucherifyClient({
    baseUrl: options.baseUrl,
    appId: options.appId,
    appToken: options.appToken,
    timeoutMs: options.timeoutMs ?? 2500,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    name: options.name ?? `voucherify ${options.baseUrl}`,
    validate: (body, signal) => client.validations.validate(body, { signal }),
    close() {},
  };
}
