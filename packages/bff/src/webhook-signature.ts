import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Whether `signature` (the `x-voucherify-signature` header) is the lowercase hex HMAC-SHA256 of
 * the payload under `secret`, compared in constant time. Voucherify signs JSON without whitespace
 * outside strings, so the raw body and its compact form are both accepted.
 */
export function verifyWebhookSignature(
  rawBody: string,
  signature: string | undefined,
  secret: string,
): boolean {
  if (!signature || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  const given = Buffer.from(signature.toLowerCase(), 'hex');
  const matches = (payload: string) =>
    timingSafeEqual(given, createHmac('sha256', secret).update(payload).digest());
  if (matches(rawBody)) return true;
  const compact = compactJson(rawBody);
  return compact !== undefined && compact !== rawBody && matches(compact);
}

function compactJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return undefined;
  }
}
