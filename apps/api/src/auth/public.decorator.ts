import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'cascade:public';

/** An endpoint reachable without an API key (health, tracking links, provider callbacks). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
