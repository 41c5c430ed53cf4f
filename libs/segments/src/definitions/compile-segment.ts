import type { ClusterModel } from '../clusters/clusters.types';
import { compileCondition, type CompileConditionOptions, type CompiledCondition } from '../compile-condition';
import { SqlParams } from '../sql/sql-params';
import type { SegmentDefinition } from './segment-definition';

/**
 * Membership of any segment as one parameterised predicate over `contacts c` (with the workspace),
 * like compileCondition. RFM, lifecycle and cluster segments read `contact_scores`, the scores
 * as of the contact's last computation.
 */
export function compileSegment(definition: SegmentDefinition, options: CompileConditionOptions): CompiledCondition {
  if (definition.kind === 'rule') return compileCondition(definition.condition, options);
  const params = new SqlParams(options.paramOffset ?? options.workspaceParam);
  const workspace = `$${options.workspaceParam}::uuid`;
  const scores = (predicate: string) =>
    `c.workspace_id = ${workspace} AND EXISTS (SELECT 1 FROM contact_scores sc WHERE sc.contact_id = c.id AND ${predicate})`;
  switch (definition.kind) {
    case 'rfm':
      return {
        sql: scores(`(sc.rfm_code = ANY(${params.add(definition.codes)}::text[]) OR sc.rfm_cell = ANY(${params.add(definition.cells)}::text[]))`),
        params: params.values,
      };
    case 'lifecycle':
      return { sql: scores(`sc.lifecycle_stage = ANY(${params.add(definition.stages)}::text[])`), params: params.values };
    case 'cluster':
      return { sql: scores(nearestClusterSql(definition.model, definition.cluster, params)), params: params.values };
  }
}

/**
 * nearestCluster() in SQL: the contact's standardised features, then the index of the nearest
 * centroid (ties to the lowest index) must be this cluster's. Contacts without an RFM score (no
 * purchase in the period) belong to no cluster.
 */
function nearestClusterSql(model: ClusterModel, cluster: number, params: SqlParams): string {
  const [mr, mf, mm] = model.means.map((mean) => `${params.add(mean)}::float8`);
  const [sr, sf, sm] = model.sds.map((sd) => `${params.add(sd)}::float8`);
  const axis = (i: number) => `${params.add(model.clusters.map((c) => c.centroid[i]))}::float8[]`;
  const zr = `((sc.recency_days::float8 - ${mr}) / ${sr})`;
  const zf = `((ln(1 + sc.frequency::float8) - ${mf}) / ${sf})`;
  const zm = `((ln(1 + greatest(sc.monetary, 0)::float8) - ${mm}) / ${sm})`;
  return `sc.recency_days IS NOT NULL AND (SELECT k.i FROM unnest(${axis(0)}, ${axis(1)}, ${axis(2)}) WITH ORDINALITY AS k(r, f, m, i)
    ORDER BY power(${zr} - k.r, 2) + power(${zf} - k.f, 2) + power(${zm} - k.m, 2), k.i LIMIT 1) = ${params.add(cluster + 1)}`;
}
