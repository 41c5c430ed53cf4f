import type { EntityManager } from 'typeorm';
import { nodeReferences, type GraphProblem, type JourneyGraph } from '@cascade/journey';

interface SegmentReference {
  nodeId: string;
  path: string;
  segmentId: string;
}

/**
 * Segments a journey names must be the workspace's (each node type says which it names: a
 * segment_entry or broadcast trigger's `segmentId`, `inSegment` in branch rules). A misspelt id
 * would otherwise start nobody, send a broadcast to nobody or never take a branch, silently.
 */
export async function segmentReferenceProblems({ manager, workspaceId, graph }: {
  manager: EntityManager;
  workspaceId: string;
  graph: JourneyGraph;
}): Promise<GraphProblem[]> {
  const references = segmentReferences(graph);
  if (references.length === 0) return [];
  const rows: { id: string }[] = await manager.query(
    `SELECT id::text FROM segments WHERE workspace_id = $1 AND id::text = ANY($2::text[])`,
    [workspaceId, references.map((reference) => reference.segmentId.toLowerCase())]);
  const known = new Set(rows.map((row) => row.id));
  // Routing matches ids exactly, as segments write them (lower case): an upper-case id would never fire.
  return references.filter((reference) => !known.has(reference.segmentId)).map(({ nodeId, path, segmentId }) => ({
    nodeId, path, code: 'segment_not_found',
    message: known.has(segmentId.toLowerCase())
      ? `segment ids are written in lower case: ${segmentId.toLowerCase()}.`
      : `segment ${segmentId} does not exist in this workspace.`,
  }));
}

/** Reads drafts too, so it trusts no shape: each node's handler says which segments it names. */
function segmentReferences(graph: JourneyGraph): SegmentReference[] {
  const nodes: unknown[] = Array.isArray(graph?.nodes) ? graph.nodes : [];
  return nodes.flatMap((node, index) => {
    const { id, type, config } = (node ?? {}) as { id?: unknown; type?: unknown; config?: unknown };
    return nodeReferences({ type, config }).segments.map(({ path, value: segmentId }) => ({ nodeId: String(id), path: `nodes[${index}].config.${path}`, segmentId }));
  });
}
