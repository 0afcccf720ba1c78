import ipaddr from 'ipaddr.js';

import { parseAddress } from './parse-address.js';

/**
 * The address a client's failed code attempts are counted under: an IPv4 address as it is (an
 * IPv4-mapped IPv6 address as its IPv4 address), an IPv6 address as its /64 network, which one
 * host or home holds whole and can send from any address of (RFC 6177, RFC 8981 temporary
 * addresses), in one spelling (RFC 5952), so that rotating addresses within it, spelling one
 * differently, or adding a port ({@link parseAddress}) gives a guesser no new budget. Anything that
 * is no address shares the one `unknown` bucket: no string makes a bucket of its own.
 * Parsing is `ipaddr.js`'s, the parser `proxy-addr` and Express rely on.
 */
export function addressBucket(address: string): string {
  const parsedAddress = parseAddress(address);
  if (parsedAddress === null) return 'unknown';
  const parsed = ipaddr.process(parsedAddress);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`).toRFC5952String()}/64`;
}
