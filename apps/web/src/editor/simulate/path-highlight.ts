/** The path a simulated contact took, for the canvas to light up. (Filled in by the try-a-contact work.) */
export interface PathHighlight {
  /** Node ids entered, with the first time each was entered (ISO, virtual clock). */
  nodes: Record<string, string>;
  /** Edge keys `${from}.${handle}` taken. */
  edges: string[];
}
