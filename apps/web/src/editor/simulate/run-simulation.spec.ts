import type { JourneyGraph } from '@cascade/journey';
import { runSimulation } from './run-simulation';

const contact = { id: 'c1', email: 'anna@example.com', attributes: {} };
const startAt = '2026-03-02T10:00:00.000Z';

describe('runSimulation', () => {
  it('returns the result of a valid journey, with no problems', async () => {
    const graph: JourneyGraph = {
      nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, { id: 'wait1', type: 'wait', config: { duration: 'PT2H' } }, { id: 'end', type: 'exit', config: { reason: 'done' } }],
      edges: [{ from: 'start', to: 'wait1' }, { from: 'wait1', to: 'end' }],
    };
    const run = await runSimulation({ graph, contact, startAt });
    expect(run).toMatchObject({ ok: true, problems: [], result: { outcome: { status: 'exited', reason: 'done', at: '2026-03-02T12:00:00.000Z' } } });
  });

  it('turns a journey that cannot run into an error, with the problems that explain it', async () => {
    const graph: JourneyGraph = {
      nodes: [{ id: 'start', type: 'trigger', config: { kind: 'api' } }, { id: 'wait1', type: 'wait', config: { duration: 'soon' } }],
      edges: [{ from: 'start', to: 'wait1' }],
    };
    const run = await runSimulation({ graph, contact, startAt });
    expect(run.ok).toBe(false);
    if (run.ok) return;
    expect(run.error).toMatch(/duration/);
    expect(run.problems.some((problem) => problem.nodeId === 'wait1')).toBe(true);
  });

  it('a graph without a trigger is an error, not a crash', async () => {
    const run = await runSimulation({ graph: { nodes: [], edges: [] }, contact, startAt });
    expect(run.ok).toBe(false);
  });
});
