import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC = 'cascade:public';

/** Marks public operations in the OpenAPI document, which then lists no security for them. */
export const OPENAPI_PUBLIC = 'x-cascade-public';

/** An endpoint reachable without an API key (health, tracking links, provider callbacks). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(OPENAPI_PUBLIC, true));
