import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fillSegment, lockWorkspaceSegments, toSegmentRow } from '@cascade/engine';
import { ClusterError, clusterRfm } from '@cascade/segments';
import type { ClusterSegmentsDto } from './dto/cluster-segments.dto';
import { SegmentError } from './segment.errors';
import { toSegmentView, type SegmentView } from './segment.view';
import { SEGMENT_COLUMNS, SegmentsService } from './segments.service';

/**
 * k-means over the customers' standardised RFM features (the scores of the last refresh): each
 * cluster becomes a segment, described in plain words. Membership is the nearest centroid, so a
 * customer whose scores change moves to another cluster at the next re-evaluation.
 */
@Injectable()
export class SegmentClustersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  async cluster(workspaceId: string, dto: ClusterSegmentsDto): Promise<SegmentView[]> {
    const contacts: { contactId: string; recencyDays: number; frequency: number; monetary: string }[] = await this.dataSource.query(
      `SELECT contact_id AS "contactId", recency_days AS "recencyDays", frequency, monetary
       FROM contact_scores WHERE workspace_id = $1 AND recency_days IS NOT NULL`, [workspaceId]);
    if (contacts.length === 0) {
      const message = 'No customer has an RFM score yet: record purchases and refresh (POST /api/v1/segments/refresh) first.';
      throw new SegmentError('segments_not_scored', message, [{ path: 'k', code: 'segments_not_scored', message }]);
    }
    let model;
    try {
      ({ model } = clusterRfm({ contacts: contacts.map((c) => ({ ...c, monetary: Number(c.monetary) })), k: dto.k, seed: dto.seed }));
    } catch (error) {
      if (error instanceof ClusterError) throw SegmentError.invalid([{ path: 'k', message: error.message }]);
      throw error;
    }
    const ids = await this.dataSource.transaction(async (manager) => {
      await lockWorkspaceSegments(manager, workspaceId);
      const now = new Date().toISOString();
      const created: string[] = [];
      for (const cluster of model.clusters) {
        const name = `${dto.prefix} ${cluster.index + 1}: ${cluster.label}`;
        const [row] = await this.segments.insert(manager, workspaceId, name, cluster.description, { kind: 'cluster', cluster: cluster.index, model });
        await fillSegment(manager, toSegmentRow({ ...row, workspace_id: workspaceId }), now);
        created.push(row.id);
      }
      return created;
    });
    const rows = await this.dataSource.query(
      `SELECT ${SEGMENT_COLUMNS} FROM segments WHERE id = ANY($1::uuid[])`, [ids]);
    return ids.map((id) => toSegmentView(rows.find((row: { id: string }) => row.id === id)));
  }
}
