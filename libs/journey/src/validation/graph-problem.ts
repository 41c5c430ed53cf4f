/** One reason a journey graph cannot be published, located by a path into the graph (an entry of the API error's `details`, docs/api.md#errors). */
export interface GraphProblem {
  nodeId?: string;
  edgeId?: string;
  /** Where the fault is, in the contract's form: `nodes[2].config.duration`, `edges[3].to`, `settings.goal.within`. */
  path: string;
  code: string;
  message: string;
}

/** Joins a base path and a relative one: `nodes[2].config` + `steps[0].within`. */
export function joinPath(base: string, relative: string): string {
  if (!relative) return base;
  if (!base) return relative;
  return relative.startsWith('[') ? `${base}${relative}` : `${base}.${relative}`;
}
