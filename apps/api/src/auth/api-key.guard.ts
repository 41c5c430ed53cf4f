import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { workspaceOfApiKey } from '@cascade/db';
import { IS_PUBLIC } from './public.decorator';
import type { AuthenticatedRequest } from './workspace-id.decorator';

/** Exactly `Bearer <key>`: a header with more after the key (`Bearer <key> <junk>`) is not one the client meant. */
const BEARER = /^Bearer ([^\s]+)$/;

/** Every endpoint needs `Authorization: Bearer <api key>` unless marked @Public(). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const key = BEARER.exec(request.headers.authorization ?? '')?.[1];
    const workspaceId = key ? await workspaceOfApiKey(this.dataSource, key) : null;
    if (!workspaceId) throw new UnauthorizedException('A valid API key is required: Authorization: Bearer <api key>');
    request.workspaceId = workspaceId;
    return true;
  }
}
