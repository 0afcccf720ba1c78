import ipaddr from 'ipaddr.js';

/**
 * The IP address written in `text` as proxies and servers write a client's address: a bare IPv4
 * (`203.0.113.7`) or IPv6 (`2001:db8::1`) address, an IPv4 address with a port
 * (`203.0.113.7:41234`, as Azure's load balancers write `X-Forwarded-For`), or a bracketed IPv6
 * address with or without a port (`[2001:db8::1]:443`, RFC 7239 §6 and RFC 3986 §3.2.2). The port
 * is dropped. `null` for anything else: a name, `unknown`, an obfuscated identifier, an IPv4
 * address in another form than four decimal parts (`127.1`, `0x7f000001`, which `ipaddr.js` would
 * read but no proxy writes).
 */
export function parseAddress(text: string): string | null {
  const written = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(written);
  if (bracketed) return ipaddr.IPv6.isValid(bracketed[1] ?? '') ? (bracketed[1] ?? null) : null;
  const ported = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(written);
  const candidate = ported ? (ported[1] ?? '') : written;
  if (ipaddr.IPv4.isValidFourPartDecimal(candidate)) return candidate;
  return ipaddr.IPv6.isValid(candidate) ? candidate : null;
}
