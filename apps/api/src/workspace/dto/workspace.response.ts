import { ApiProperty } from '@nestjs/swagger';

/** The workspace of the request's API key (workspace.view.ts). */
export class WorkspaceResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}
