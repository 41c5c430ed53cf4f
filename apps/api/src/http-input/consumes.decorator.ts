import { SetMetadata } from '@nestjs/common';

export const CONSUMES = 'cascade:consumes';

/** Any media type: for bodies the handler never parses itself (provider callbacks, one-click unsubscribes). */
export const ANY_MEDIA_TYPE = '*/*';

/**
 * The media types an endpoint's body may have; JSON when not declared (ContentTypeInterceptor).
 * Patterns as in `req.is`, e.g. `text/csv`, `application/*+json`.
 */
export const Consumes = (...types: string[]) => SetMetadata(CONSUMES, types);
