import ipaddr from 'ipaddr.js';

/**
 * The address a client's failed code attempts are counted under: an IPv4 address as it is (an
 * IPv4-mapped IPv6 address as its IPv4 address), an IPv6 address as its /64 network, which one
 * host or home holds whole and can send from any address of (RFC 6177, RFC 8981 temporary
 * addresses), in one spelling (RFC 5952), so that rotating addresses within it, or spelling one
 * differently, gives a guesser no new budget. Anything else (`unknown`) is its own bucket.
 * Parsing is `ipaddr.js`'s, the parser `proxy-addr` and Express rely on.
 */
export function addressBucket(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`).toRFC5952String()}/64`;
}
