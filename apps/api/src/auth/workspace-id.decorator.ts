import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

export interface AuthenticatedRequest {
  workspaceId?: string;
}

/** The workspace of the request's API key; every resource a handler touches must belong to it. */
export const WorkspaceId = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const workspaceId = context.switchToHttp().getRequest<AuthenticatedRequest>().workspaceId;
  if (!workspaceId) throw new Error('WorkspaceId used on a public endpoint');
  return workspaceId;
});
