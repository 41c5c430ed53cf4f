import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { MessageLinks } from './channel';

/** What a signed link stands for: an open (pixel), a click on `url`, or an unsubscribe. */
export type TrackingToken =
  | { kind: 'open'; messageId: string }
  | { kind: 'click'; messageId: string; url: string }
  | { kind: 'unsubscribe'; messageId: string };

const PATHS: Record<TrackingToken['kind'], string> = { open: 'o', click: 'c', unsubscribe: 'u' };
const KINDS = Object.fromEntries(Object.entries(PATHS).map(([kind, code]) => [code, kind])) as Record<string, TrackingToken['kind']>;

/**
 * Links put in messages: the tracking pixel, click redirects and the unsubscribe link. Each carries
 * its message id (and target URL) signed with a key derived from the secret key, so nobody can
 * fake an open, unsubscribe someone else or turn the redirect into an open redirect.
 */
export class TrackingLinks {
  private readonly key: Buffer;

  constructor(readonly options: { secretKey: string; publicUrl: string }) {
    this.key = Buffer.from(hkdfSync('sha256', options.secretKey, '', 'cascade tracking links', 32));
  }

  /** The links a channel puts in one message. */
  forMessage(messageId: string): MessageLinks {
    return { openPixel: this.openPixel(messageId), click: (url) => this.click(messageId, url), unsubscribe: this.unsubscribe(messageId) };
  }

  openPixel(messageId: string): string {
    return this.url({ kind: 'open', messageId });
  }

  /** Only web links are tracked: a `javascript:` or `mailto:` target is refused. */
  click(messageId: string, url: string): string {
    if (!/^https?:\/\//i.test(url)) throw new Error(`only http(s) links can be tracked, not ${JSON.stringify(url.slice(0, 40))}`);
    return this.url({ kind: 'click', messageId, url });
  }

  unsubscribe(messageId: string): string {
    return this.url({ kind: 'unsubscribe', messageId });
  }

  /** The token's meaning, or null when it was not signed by us or was altered. */
  verify(token: string): TrackingToken | null {
    const [payload, signature] = token.split('.');
    if (!payload || !signature) return null;
    const expected = this.sign(payload);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const [code, messageId, url] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as string[];
      const kind = KINDS[code];
      if (kind === 'click') return typeof url === 'string' ? { kind, messageId, url } : null;
      return kind && typeof messageId === 'string' ? { kind, messageId } : null;
    } catch {
      return null;
    }
  }

  private url(token: TrackingToken): string {
    const fields = token.kind === 'click' ? [PATHS.click, token.messageId, token.url] : [PATHS[token.kind], token.messageId];
    const payload = Buffer.from(JSON.stringify(fields)).toString('base64url');
    const path = token.kind === 'unsubscribe' ? 'unsubscribe' : `t/${PATHS[token.kind]}`;
    return `${this.options.publicUrl}/api/v1/${path}/${payload}.${this.sign(payload).toString('base64url')}`;
  }

  private sign(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest();
  }
}
