import { simulate, validateGraph, type GraphProblem, type SimulationInput, type SimulationResult } from '@cascade/journey';

export type SimulationRun =
  | { ok: true; result: SimulationResult; startAt: string; problems: GraphProblem[] }
  | { ok: false; error: string; startAt: string; problems: GraphProblem[] };

/**
 * Runs the simulator in the browser. The draft's problems come along: a run may still work with
 * some (a missing template), and when it cannot, they usually say why.
 */
export async function runSimulation(input: SimulationInput): Promise<SimulationRun> {
  let problems: GraphProblem[] = [];
  try {
    problems = validateGraph({ graph: input.graph });
  } catch {
    problems = [];
  }
  try {
    const result = await simulate(input);
    return { ok: true, result, startAt: input.startAt, problems };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), startAt: input.startAt, problems };
  }
}
