import { OutboundAllowlist } from './allowlist';
import { parseIp } from './ip-address';

describe('OutboundAllowlist', () => {
  const list = OutboundAllowlist.parse(['127.0.0.1', '10.0.0.0/8', ' SMS-GW.internal. ', '*.svc.cluster.local', 'fd00::/8', '[::1]', '']);
  const allows = (address: string) => list.allowsAddress(parseIp(address)!);

  it('allows the addresses in its ranges, IPv4 ones also in their IPv6 forms', () => {
    expect(['127.0.0.1', '10.0.0.5', '10.255.0.1', '::ffff:10.1.2.3', '::ffff:127.0.0.1', 'fd12::1', '::1'].filter(allows)).toHaveLength(7);
    expect(['127.0.0.2', '11.0.0.1', '169.254.169.254', '::ffff:192.168.0.1', 'fe80::1', '::2'].filter(allows)).toEqual([]);
  });

  it('allows host names as given (any case, trailing dot), and the names under a `*.` suffix', () => {
    expect(['sms-gw.internal', 'SMS-GW.INTERNAL.', 'crm.svc.cluster.local', 'a.b.svc.cluster.local'].filter((host) => list.allowsHost(host))).toHaveLength(4);
    expect(['gw.internal', 'x.sms-gw.internal', 'svc.cluster.local', 'evilsvc.cluster.local', 'sms-gw.internal.evil.com'].filter((host) => list.allowsHost(host))).toEqual([]);
  });

  it('allows nothing when empty', () => {
    expect(OutboundAllowlist.EMPTY.allowsAddress(parseIp('127.0.0.1')!)).toBe(false);
    expect(OutboundAllowlist.EMPTY.allowsHost('localhost')).toBe(false);
  });

  it('refuses entries that are none of host name, IP address, CIDR range', () => {
    for (const entry of ['10.0.0.0/33', '10.0.0.256', 'fd00::/129', 'http://gw.internal', 'gw.internal:8080', '*', 'a..b', '10.0.0.0/8/8']) {
      expect(() => OutboundAllowlist.parse([entry])).toThrow(`"${entry}" is not`);
    }
  });
});
