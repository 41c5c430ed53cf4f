import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';

/** A 400 in the common error shape, naming where in the request the problem is. */
export function badInput(message: string, path: string, code: string, detail: string): BadRequestException {
  return new BadRequestException({ message, details: [{ path, code, message: detail }] });
}

/** A 415 in the common error shape: the body's media type, or its charset, is not one the endpoint reads. */
export function unsupportedMediaType(contentType: string | undefined, accepted: readonly string[], detail?: string): UnsupportedMediaTypeException {
  const given = contentType ? `Content-Type ${contentType}` : 'a body without a Content-Type';
  const message = detail ?? `This endpoint takes ${accepted.join(' or ')}, not ${given}`;
  return new UnsupportedMediaTypeException({ message, details: [{ path: 'Content-Type', code: 'unsupported_media_type', message }] });
}
