/**
 * HMAC-SHA256 under one secret, with Web Crypto (`crypto.subtle`), so it runs wherever `fetch`
 * does: Node, Edge functions, workers. The key is imported once, on first use.
 */
export interface HmacSha256 {
  /** The lowercase hex MAC of `data` (UTF-8). */
  signHex(data: string): Promise<string>;
  /**
   * Whether `hex` (64 hex digits, either case) is the MAC of `data` (UTF-8). The comparison is Web
   * Crypto's `verify`, which compares in constant time (Node: `CRYPTO_memcmp`; workerd and Deno:
   * BoringSSL's), so a wrong MAC takes as long to refuse however much of it matches.
   */
  verifyHex(data: string, hex: string): Promise<boolean>;
}

const encoder = new TextEncoder();
const HEX_MAC = /^[0-9a-f]{64}$/i;

/** {@link HmacSha256} under `secret` (UTF-8). */
export function hmacSha256(secret: string): HmacSha256 {
  let key: Promise<CryptoKey> | undefined;
  const keyOf = () =>
    (key ??= globalThis.crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    ));
  return {
    async signHex(data) {
      const mac = new Uint8Array(
        await globalThis.crypto.subtle.sign('HMAC', await keyOf(), encoder.encode(data)),
      );
      return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
    },
    async verifyHex(data, hex) {
      if (!HEX_MAC.test(hex)) return false;
      const mac = new Uint8Array(32);
      for (let i = 0; i < 32; i++) mac[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
      return globalThis.crypto.subtle.verify('HMAC', await keyOf(), mac, encoder.encode(data));
    },
  };
}
