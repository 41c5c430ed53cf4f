import { TrackingLinks } from '../tracking-links';
import { composeEmail } from './email-content';
import { emailMessageId } from './email-message-id';

const links = new TrackingLinks({ secretKey: 'a'.repeat(64), publicUrl: 'https://crm.example.com' });
const messageId = '2b1d0c9e-6a8f-4f7e-9b7a-0d5c1e2f3a4b:remind:0:1';
const tokenOf = (url: string) => url.split('/').at(-1)!;

describe('composeEmail', () => {
  const email = composeEmail({ messageId, links: links.forMessage(messageId), message: { subject: 'Your cart', body: 'See https://shop.example.com/cart\n' } });

  it('puts the unsubscribe link under the text, which is otherwise as written', () => {
    expect(email.text).toBe(`See https://shop.example.com/cart\n\n-- \nUnsubscribe: ${links.unsubscribe(messageId)}\n`);
  });

  it('makes HTML of the text whose link is a signed click for this message, then the unsubscribe link and the open pixel', () => {
    const hrefs = [...email.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(hrefs).toHaveLength(2);
    expect(links.verify(tokenOf(hrefs[0]))).toEqual({ kind: 'click', messageId, url: 'https://shop.example.com/cart' });
    expect(hrefs[1]).toBe(links.unsubscribe(messageId)); // not a click: unsubscribing is no engagement
    expect(email.html).toContain(`<img src="${links.openPixel(messageId)}" width="1" height="1" alt=""></body>`);
  });

  it('tracks the links of the template HTML when there is one', () => {
    const html = composeEmail({ messageId, links: links.forMessage(messageId), message: { body: 'text', html: '<p><a href="https://shop.example.com/sale">Sale</a></p>' } }).html;
    const [href] = html.match(/href="([^"]+)"/)!.slice(1);
    expect(links.verify(tokenOf(href))).toEqual({ kind: 'click', messageId, url: 'https://shop.example.com/sale' });
    expect(html.startsWith('<p><a href="https://crm.example.com/api/v1/t/c/')).toBe(true);
  });

  it('carries one-click unsubscribe (RFC 8058) and the Cascade message id as headers', () => {
    expect(email.headers).toEqual({
      'List-Unsubscribe': { prepared: true, value: `<${links.unsubscribe(messageId)}>` },
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'X-Cascade-Message-Id': { prepared: true, value: messageId },
    });
  });
});

describe('emailMessageId', () => {
  it('is the same for the same message, different for another, valid in a header, on the sender domain', () => {
    const id = emailMessageId(messageId, 'Shop <news@shop.example.com>');
    expect(id).toBe(emailMessageId(messageId, 'news@shop.example.com'));
    expect(id).not.toBe(emailMessageId(messageId.replace(/1$/, '2'), 'news@shop.example.com'));
    expect(id).toMatch(/^<[A-Za-z0-9_-]+@shop\.example\.com>$/);
    expect(Buffer.from(id.slice(1, id.indexOf('@')), 'base64url').toString()).toBe(messageId);
  });
});
