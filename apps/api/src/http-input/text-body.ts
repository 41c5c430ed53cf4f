import { badInput, unsupportedMediaType } from './input-error';
import { decodeUtf8 } from './utf8';

/**
 * A text body (CSV imports) decoded strictly in its declared charset, UTF-8 by default: a byte that
 * is no character is a 400 naming its line, never a silent U+FFFD in the imported data.
 */
export function decodeTextBody(bytes: Uint8Array, contentType: string | undefined): string {
  const charset = charsetOf(contentType) ?? 'utf-8';
  if (/^utf-?8$/i.test(charset)) {
    const { text, invalidAt } = decodeUtf8(bytes);
    if (invalidAt === null) return text;
    const line = text.slice(0, invalidAt).split('\n').length;
    throw badInput('The body is not valid UTF-8', 'body', 'invalid_utf8', `line ${line} holds bytes that are not valid UTF-8`);
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw unsupportedMediaType(contentType, [], `The charset "${charset}" is not supported; send UTF-8`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw badInput(`The body is not valid ${charset}`, 'body', 'invalid_encoding', `body holds bytes that are not valid ${charset}`);
  }
}

/** The `charset` parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1] : null;
}
