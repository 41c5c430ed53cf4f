import { TrackingLinks } from './tracking-links';

const links = new TrackingLinks({ secretKey: 'a'.repeat(64), publicUrl: 'https://crm.example.com' });
const messageId = '2b1d0c9e-6a8f-4f7e-9b7a-0d5c1e2f3a4b:email-1:0:1';
const tokenOf = (url: string) => url.split('/').at(-1)!;

describe('TrackingLinks', () => {
  it('signs each kind of link and reads it back', () => {
    expect(links.openPixel(messageId)).toMatch(/^https:\/\/crm\.example\.com\/api\/v1\/t\/o\/[\w-]+\.[\w-]+$/);
    expect(links.unsubscribe(messageId)).toMatch(/^https:\/\/crm\.example\.com\/api\/v1\/unsubscribe\//);
    expect(links.verify(tokenOf(links.openPixel(messageId)))).toEqual({ kind: 'open', messageId });
    expect(links.verify(tokenOf(links.unsubscribe(messageId)))).toEqual({ kind: 'unsubscribe', messageId });
    const target = 'https://shop.example.com/cart?utm_source=cascade&items=1,2';
    expect(links.verify(tokenOf(links.click(messageId, target)))).toEqual({ kind: 'click', messageId, url: target });
  });

  it('refuses a token altered to point at another message or another target', () => {
    const [payload, signature] = tokenOf(links.click(messageId, 'https://shop.example.com/')).split('.');
    const forged = Buffer.from(JSON.stringify(['c', messageId, 'https://evil.example.net/'])).toString('base64url');
    expect(links.verify(`${forged}.${signature}`)).toBeNull();
    expect(links.verify(`${payload}.${signature.slice(0, -2)}`)).toBeNull();
    expect(links.verify(payload)).toBeNull();
    expect(links.verify('not a token')).toBeNull();
  });

  it('refuses a token signed with another secret key', () => {
    const other = new TrackingLinks({ secretKey: 'b'.repeat(64), publicUrl: 'https://crm.example.com' });
    expect(links.verify(tokenOf(other.openPixel(messageId)))).toBeNull();
  });

  it('never tracks a link that is not http(s)', () => {
    expect(() => links.click(messageId, 'javascript:alert(1)')).toThrow('only http(s) links can be tracked');
  });
});
