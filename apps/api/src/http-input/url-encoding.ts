import type { NextFunction, Request, Response } from 'express';
import { badInput } from './input-error';

/**
 * Percent-escapes in the path and the query must decode to UTF-8: the query parser would turn `%FF`
 * or `%ED%A0%80` (a surrogate) into U+FFFD silently, and a malformed `%zz` means the URL was not
 * built as intended. A 400 naming the query parameter (or `path`), before routing.
 */
export function checkUrlEncoding(request: Request, _response: Response, next: NextFunction): void {
  const url = request.originalUrl ?? request.url;
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  if (decoded(path) === null) return next(refusal('path'));
  if (queryStart === -1) return next();
  for (const pair of url.slice(queryStart + 1).split('&')) {
    const equals = pair.indexOf('=');
    const name = decoded(equals === -1 ? pair : pair.slice(0, equals));
    if (name === null) return next(refusal('query'));
    if (equals !== -1 && decoded(pair.slice(equals + 1)) === null) return next(refusal(name));
  }
  next();
}

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function refusal(where: string) {
  return badInput('The URL is not validly percent-encoded UTF-8', where, 'invalid_encoding', `${where} is not validly percent-encoded UTF-8`);
}
