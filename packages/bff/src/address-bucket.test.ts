import { describe, expect, it } from 'vitest';

import { addressBucket } from './address-bucket.js';

describe('addressBucket', () => {
  it('keeps an IPv4 address, also when mapped into IPv6', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address as its /64, whatever its spelling', () => {
    const buckets = ['2001:db8:7:1::1', '2001:0DB8:0007:0001:ffff:0:0:9', '2001:db8:7:1:0:0:0:0'].map(
      addressBucket,
    );
    expect(new Set(buckets)).toEqual(new Set(['2001:db8:7:1::/64']));
    expect(addressBucket('2001:db8:7:2::1')).toBe('2001:db8:7:2::/64');
  });

  it('drops a port, so that no port makes a bucket of its own', () => {
    expect(addressBucket('203.0.113.7:41234')).toBe('203.0.113.7');
    expect(addressBucket('[2001:db8:7:1::9]:443')).toBe('2001:db8:7:1::/64');
  });

  it('puts everything that is no address in the one unknown bucket', () => {
    for (const text of ['unknown', 'shop.example', '_hidden', '', '127.1', '1.2.3.4:port', '[::1'])
      expect(addressBucket(text)).toBe('unknown');
  });
});
