import { classifyAddress, embeddedIpv4 } from './address-class';
import { formatIp, parseIp } from './ip-address';

const kindOf = (text: string) => {
  const ip = parseIp(text);
  if (!ip) throw new Error(`not an IP: ${text}`);
  const verdict = classifyAddress(ip);
  return verdict.public ? 'public' : verdict.kind;
};

describe('classifyAddress', () => {
  it.each([
    // IPv4
    ['0.0.0.0', 'unspecified'], ['0.1.2.3', 'unspecified'],
    ['127.0.0.1', 'loopback'], ['127.255.255.254', 'loopback'],
    ['10.0.0.5', 'private'], ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'], ['172.31.255.255', 'private'], ['172.15.255.255', 'public'], ['172.32.0.0', 'public'],
    ['192.168.1.1', 'private'], ['192.169.0.1', 'public'],
    ['169.254.169.254', 'link-local'], ['169.254.0.1', 'link-local'],
    ['100.64.0.1', 'shared'], ['100.127.255.255', 'shared'], ['100.63.255.255', 'public'], ['100.128.0.0', 'public'],
    ['192.0.0.170', 'reserved'], ['192.0.2.1', 'reserved'], ['198.18.0.1', 'reserved'], ['198.51.100.7', 'reserved'], ['203.0.113.9', 'reserved'],
    ['224.0.0.1', 'multicast'], ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'], ['255.255.255.255', 'broadcast'],
    ['8.8.8.8', 'public'], ['1.1.1.1', 'public'], ['93.184.216.34', 'public'], ['11.0.0.1', 'public'],
    // IPv6
    ['::', 'unspecified'], ['::1', 'loopback'], ['0:0:0:0:0:0:0:1', 'loopback'],
    ['fe80::1', 'link-local'], ['febf:ffff::1', 'link-local'], ['fec0::1', 'private'],
    ['fc00::1', 'unique-local'], ['fd12:3456:789a::1', 'unique-local'],
    ['ff02::1', 'multicast'], ['2001:db8::1', 'reserved'], ['2001::1', 'reserved'], ['100::1', 'reserved'], ['::2', 'reserved'],
    ['4000::1', 'reserved'], ['1234::1', 'reserved'],
    ['2606:4700:4700::1111', 'public'], ['2a00:1450:4001:80b::200e', 'public'],
    // IPv4 inside IPv6: judged by the IPv4 address
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['[::ffff:7f00:1]', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'], ['::ffff:10.0.0.5', 'private'], ['::ffff:0.0.0.0', 'unspecified'], ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::127.0.0.1', 'loopback'], ['64:ff9b::8.8.8.8', 'public'], ['2002:7f00:1::', 'loopback'], ['2002:a00:5::1', 'private'], ['2002:808:808::', 'public'],
    ['::127.0.0.1', 'reserved'],
    ['fe80::1%eth0', 'link-local'],
  ])('%s is %s', (address, kind) => {
    expect(kindOf(address)).toBe(kind);
  });

  it('reads host names as no address at all', () => {
    for (const text of ['localhost', 'example.com', '127.0.0.1.nip.io', '1.2.3', '256.0.0.1', '[::1', '']) expect(parseIp(text)).toBeNull();
  });

  it('finds the IPv4 address a mapped, NAT64 or 6to4 address stands for', () => {
    const v4 = (text: string) => {
      const embedded = embeddedIpv4(parseIp(text)!);
      return embedded && formatIp(embedded);
    };
    expect(v4('::ffff:192.168.0.1')).toBe('192.168.0.1');
    expect(v4('64:ff9b::a00:5')).toBe('10.0.0.5');
    expect(v4('2002:a9fe:a9fe::1')).toBe('169.254.169.254');
    expect(v4('2606:4700::1')).toBeNull();
    expect(v4('10.0.0.5')).toBeNull();
  });

  it('writes addresses the short way', () => {
    expect(['127.0.0.1', '::ffff:127.0.0.1', '2001:db8:0:0:1:0:0:1', '0:0:0:0:0:0:0:0', 'fe80:0:0:0:0:0:0:1', '1:0:0:2:0:0:0:3', '1:2:3:4:5:6:7:8']
      .map((text) => formatIp(parseIp(text)!))).toEqual(['127.0.0.1', '::ffff:7f00:1', '2001:db8::1:0:0:1', '::', 'fe80::1', '1:0:0:2::3', '1:2:3:4:5:6:7:8']);
  });
});
