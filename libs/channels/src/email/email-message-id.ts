const DOMAIN = /@([A-Za-z0-9.-]+)>?\s*$/;

/**
 * The Message-ID header of a Cascade message: the same message id always gives the same header, so
 * a retried send is recognisable downstream and a bounce naming the header leads back to the message.
 * Cascade ids contain ":", which a Message-ID may not, hence base64url; the domain is the sender's.
 */
export function emailMessageId(messageId: string, from: string): string {
  const domain = DOMAIN.exec(from)?.[1] ?? 'cascade.localhost';
  return `<${Buffer.from(messageId, 'utf8').toString('base64url')}@${domain}>`;
}
