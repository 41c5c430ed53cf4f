import type { DataSource } from 'typeorm';
import { winnerByRule } from '@cascade/stats';
import type { JourneyGraph } from '@cascade/journey';
import { recordJourneyHistory } from '../journeys/journey-history';
import { loadSplitExperiment } from './split-experiments';
import { splitNodes, type SplitNode } from './split-nodes';
import { loadSplitWinners } from './split-winners';

export interface DecidedWinner {
  journeyId: string;
  nodeId: string;
  variantId: string;
  reason: string;
}

/**
 * Applies the winner rules of active journeys' latest versions: a split whose every variant has its
 * minimum of contacts, with no sample ratio mismatch, and one variant best with the rule's probability
 * gets that variant as its winner, recorded in the journey's history with the figures. A winner, once
 * chosen, stays. Run on a schedule by the worker; safe to run concurrently (the first insert wins).
 */
export async function decideSplitWinners(dataSource: DataSource): Promise<DecidedWinner[]> {
  const journeys: { id: string; version: number; graph: JourneyGraph }[] = await dataSource.query(
    `SELECT j.id, v.version, v.graph FROM journeys j
     JOIN LATERAL (SELECT version, graph FROM journey_versions WHERE journey_id = j.id ORDER BY version DESC LIMIT 1) v ON true
     WHERE j.status = 'active' AND v.graph->'nodes' @> '[{"type": "split"}]'`);
  const decided: DecidedWinner[] = [];
  for (const journey of journeys) {
    const chosen = await loadSplitWinners(dataSource.manager, journey.id);
    const rules = splitNodes(journey.graph).filter((node) => node.config.winner && !chosen.has(node.id));
    for (const node of rules) {
      const winner = await decideSplitWinner(dataSource, journey, node);
      if (winner) decided.push(winner);
    }
  }
  return decided;
}

async function decideSplitWinner(dataSource: DataSource, journey: { id: string; version: number }, node: SplitNode): Promise<DecidedWinner | null> {
  const rule = node.config.winner!;
  const experiment = await loadSplitExperiment(dataSource.manager, node, { journeyId: journey.id }, null);
  const winner = winnerByRule(experiment, rule);
  if (!winner) return null;
  return dataSource.transaction(async (manager) => {
    const [inserted] = await manager.query(
      `INSERT INTO split_winners (journey_id, node_id, variant_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING node_id`,
      [journey.id, node.id, winner.variantId]);
    if (!inserted) return null;
    await recordJourneyHistory(manager, {
      journeyId: journey.id, kind: 'split_winner', version: journey.version,
      details: {
        nodeId: node.id, variantId: winner.variantId, reason: winner.reason, rule,
        figures: experiment.variants.map((variant) => ({
          variantId: variant.id, assigned: variant.assigned, converted: variant.converted, rate: variant.rate,
          probabilityToBeBest: variant.probabilityToBeBest,
        })),
        chiSquarePValue: experiment.chiSquare?.pValue ?? null,
        sampleRatioPValue: experiment.sampleRatio?.pValue ?? null,
      },
    });
    return { journeyId: journey.id, nodeId: node.id, variantId: winner.variantId, reason: winner.reason };
  });
}
