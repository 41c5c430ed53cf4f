import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TrackingLinks } from '@cascade/channels';
import { notFound } from '@cascade/errors';
import type { WaitForStatus } from '@cascade/journey';
import { DeliveryRecorder } from '../deliveries/delivery-recorder';

/** The local sandboxes: what they captured, and delivery events fired by hand to walk a cascade offline. */
@Injectable()
export class SandboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRecorder,
    private readonly links: TrackingLinks,
  ) {}

  /**
   * The newest 500 captured messages, each with its signed open-pixel and unsubscribe links to try.
   * Email through the SMTP sandbox also has its HTML part (links already tracked) and headers; else null.
   */
  async list(workspaceId: string, channel?: string) {
    const rows: { messageId: string }[] = await this.dataSource.query(
      `SELECT s.message_id AS "messageId", s.channel, s.address, s.subject, s.body, s.html, s.headers, s.captured_at AS "capturedAt",
              m.status, m.enrollment_id AS "enrollmentId", m.node_id AS "nodeId", c.external_id AS "externalId"
       FROM sandbox_messages s JOIN messages m ON m.id = s.message_id JOIN contacts c ON c.id = m.contact_id
       WHERE c.workspace_id = $1 AND ($2::text IS NULL OR s.channel = $2) ORDER BY s.captured_at DESC, s.message_id LIMIT 500`,
      [workspaceId, channel ?? null]);
    return rows.map((row) => ({
      ...row,
      links: { openPixel: this.links.openPixel(row.messageId), unsubscribe: this.links.unsubscribe(row.messageId) },
    }));
  }

  /** Records the status on the message and tells its enrollment, so a waiting cascade step stops at once. */
  async fire(workspaceId: string, messageId: string, status: WaitForStatus): Promise<{ messageId: string; status: string }> {
    const [captured] = await this.dataSource.query(`SELECT 1 FROM sandbox_messages WHERE message_id = $1`, [messageId]);
    const { recorded } = captured ? await this.deliveries.record([{ messageId, status }], { workspaceId }) : { recorded: [] };
    if (recorded.length === 0) throw notFound('sandbox_message', messageId, 'messageId');
    return { messageId, status };
  }
}
