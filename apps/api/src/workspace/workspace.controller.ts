import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { WorkspaceId } from '../auth/workspace-id.decorator';
import { WorkspaceResponse } from './dto/workspace.response';
import type { WorkspaceView } from './workspace.view';
import { WorkspaceService } from './workspace.service';

@Controller('api/v1/workspace')
export class WorkspaceController {
  constructor(private readonly workspace: WorkspaceService) {}

  @Get()
  @ApiOperation({ summary: 'The workspace of the API key: id, name and when it was created' })
  @ApiOkResponse({ type: WorkspaceResponse })
  get(@WorkspaceId() workspaceId: string): Promise<WorkspaceView> {
    return this.workspace.get(workspaceId);
  }
}
