import { hmacSha256 } from './hmac-sha256.js';

/**
 * Checks `x-voucherify-signature` headers: the hex HMAC-SHA256 of the payload under the project's
 * webhook secret (DESIGN.md §4), verified with Web Crypto in constant time. Voucherify signs JSON
 * without whitespace outside strings, so the raw body and its compact form are both accepted.
 */
export function webhookSignature(
  secret: string,
): (rawBody: string, signature: string | undefined) => Promise<boolean> {
  const hmac = hmacSha256(secret);
  return async (rawBody, signature) => {
    if (!signature) return false;
    if (await hmac.verifyHex(rawBody, signature)) return true;
    const compact = compactJson(rawBody);
    return compact !== undefined && compact !== rawBody && hmac.verifyHex(compact, signature);
  };
}

function compactJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return undefined;
  }
}
