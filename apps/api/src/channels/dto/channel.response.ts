import { ApiProperty } from '@nestjs/swagger';

/** A channel type (built-in or plug-in), as GET /channels lists it (channels.service.ts). */
export class ChannelResponse {
  @ApiProperty({ example: 'email' })
  type!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema of the node settings: the editor draws its form from it.' })
  configSchema!: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'JSON Schema of the provider settings, or null when the channel needs none.' })
  credentialsSchema!: Record<string, unknown> | null;

  @ApiProperty({ description: 'Whether this workspace stored provider settings; without them the channel uses its sandbox. Values are never returned.' })
  configured!: boolean;

  @ApiProperty({ description: 'Whether the channel takes delivery callbacks at /api/v1/webhooks/{channel}.' })
  acceptsWebhooks!: boolean;

  @ApiProperty({ description: 'Whether messages are captured in the sandbox inbox while the workspace has no provider settings.' })
  sandbox!: boolean;
}
