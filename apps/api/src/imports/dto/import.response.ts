import { ApiProperty } from '@nestjs/swagger';

export class ImportRowErrorResponse {
  @ApiProperty({ type: 'integer', description: 'The line in the file.' })
  line!: number;

  @ApiProperty()
  message!: string;
}

/** A CSV import job (imports.service.ts); the worker imports it in chunks. */
export class ImportResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['contacts', 'purchases'], enumName: 'ImportKind' })
  kind!: 'contacts' | 'purchases';

  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'], enumName: 'ImportStatus' })
  status!: 'queued' | 'running' | 'done' | 'failed';

  @ApiProperty({ type: 'integer', description: 'Rows in the file.' })
  total!: number;

  @ApiProperty({ type: 'integer' })
  processed!: number;

  @ApiProperty({ type: 'integer' })
  failed!: number;

  @ApiProperty({ type: () => [ImportRowErrorResponse], description: 'The first 100 refused rows, with their line in the file.' })
  errors!: ImportRowErrorResponse[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;
}
