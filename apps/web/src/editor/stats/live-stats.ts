/** What the canvas shows per node and per edge while live stats are on. (Filled in by the live-stats work.) */
export interface LiveStats {
  /** By node id: entered, waiting now, sent/opened/clicked, converted, conversion rate. */
  nodes: Record<string, { entered: number; waiting: number; sent: number; opened: number; clicked: number; converted: number; conversionRate: number | null }>;
  /** By `${from}.${handle}`: the share of the node's exits that took this edge (0..1), and how many. */
  edges: Record<string, { share: number; count: number }>;
}
