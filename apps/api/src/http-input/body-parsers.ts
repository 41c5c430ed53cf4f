import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { unsupportedMediaType } from './input-error';
import { parseJsonBody } from './json-body';
import { charsetOf, decodeTextBody } from './text-body';

export const JSON_MEDIA_TYPES = ['application/json', 'application/*+json'];
export const CSV_MEDIA_TYPES = ['text/csv', 'text/plain'];

/**
 * The body parsers; the app is created with `bodyParser: false` and `rawBody: true`. JSON and CSV
 * bodies are read as bytes (size limit, inflation, `rawBody` kept: providers sign the exact bytes of
 * their callbacks) and then parsed by our own checks (json-body.ts, text-body.ts).
 */
export function useBodyParsers(app: NestExpressApplication): void {
  // A batch of 1,000 events is larger than the default 100 kB.
  app.useBodyParser('raw', { type: JSON_MEDIA_TYPES, limit: '5mb' });
  app.use(parseBytes(JSON_MEDIA_TYPES, (bytes, contentType) => {
    const charset = charsetOf(contentType);
    // RFC 8259: JSON exchanged between systems is UTF-8.
    if (charset && !/^utf-?8$/i.test(charset)) throw unsupportedMediaType(contentType, [], `JSON must be UTF-8, not ${charset}`);
    return parseJsonBody(bytes);
  }));
  app.useBodyParser('raw', { type: CSV_MEDIA_TYPES, limit: '20mb' });
  app.use(parseBytes(CSV_MEDIA_TYPES, decodeTextBody));
  // Provider callbacks (Twilio) and one-click unsubscribes are form-encoded.
  app.useBodyParser('urlencoded', { extended: true });
}

/** Replaces the bytes a raw parser read for these media types with what `parse` makes of them. */
function parseBytes(types: string[], parse: (bytes: Buffer, contentType: string | undefined) => unknown) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    if (!Buffer.isBuffer(request.body) || !request.is(types)) return next();
    try {
      request.body = parse(request.body, request.headers['content-type']);
      next();
    } catch (refusal) {
      next(refusal);
    }
  };
}
