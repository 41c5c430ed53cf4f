import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { JSON_MEDIA_TYPES } from './body-parsers';
import { ANY_MEDIA_TYPE, CONSUMES } from './consumes.decorator';
import { unsupportedMediaType } from './input-error';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * 415 for a POST, PUT or PATCH whose body has a media type the endpoint does not read: no parser
 * reads such a body, so the handler would see `{}` (an XML contact would be created empty).
 * An endpoint takes JSON unless it declares otherwise with @Consumes. No body, no check.
 */
@Injectable()
export class ContentTypeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    if (WITH_BODY.has(request.method) && hasBody(request)) {
      const accepted = this.reflector.getAllAndOverride<string[] | undefined>(CONSUMES, [context.getHandler(), context.getClass()]) ?? JSON_MEDIA_TYPES;
      if (!accepted.includes(ANY_MEDIA_TYPE) && !request.is(accepted)) throw unsupportedMediaType(request.headers['content-type'], accepted);
    }
    return next.handle();
  }
}

/** A body of at least one byte is announced (`Content-Length: 0` is no body; a chunked one may be). */
function hasBody(request: Request): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}
