import type { DataSource } from 'typeorm';
import { winnerByRule, type ExperimentResult, type WinnerRule } from '@cascade/stats';
import { addDuration, type JourneyGraph } from '@cascade/journey';
import { recordJourneyHistory } from '../journeys/journey-history';
import { loadSplitExperiment } from './split-experiments';
import { splitNodes, type SplitNode } from './split-nodes';
import { loadSplitWinners } from './split-winners';

export interface SplitDecision {
  journeyId: string;
  nodeId: string;
  /** null: no winner, randomising goes on. */
  variantId: string | null;
  reason: string;
}

/**
 * Applies the winner rules of active journeys' latest versions. A rule looks once, like a fixed-
 * horizon test: as soon as every variant has `minimumPerVariant` contacts whose goal window has
 * closed (younger ones could still convert), it decides for good — the variant best with the rule's
 * probability (no sample ratio mismatch allowed), or no winner. Looking again and again until a
 * variant happens to lead would pick false winners. The decision goes to the journey's history with
 * the figures. Run on a schedule by the worker; safe to run concurrently (the first insert wins).
 */
export async function decideSplitWinners(dataSource: DataSource, now = new Date().toISOString()): Promise<SplitDecision[]> {
  const journeys: { id: string; version: number; graph: JourneyGraph }[] = await dataSource.query(
    `SELECT j.id, v.version, v.graph FROM journeys j
     JOIN LATERAL (SELECT version, graph FROM journey_versions WHERE journey_id = j.id ORDER BY version DESC LIMIT 1) v ON true
     WHERE j.status = 'active' AND v.graph->'nodes' @> '[{"type": "split"}]'`);
  const decisions: SplitDecision[] = [];
  for (const journey of journeys) {
    const goal = journey.graph.settings?.goal;
    if (!goal) continue; // validation refuses winner rules without a goal
    const decided = await loadSplitWinners(dataSource.manager, journey.id);
    const maturedBefore = addDuration(now, `-${goal.within}`);
    for (const node of splitNodes(journey.graph).filter((split) => split.config.winner && !decided.has(split.id))) {
      const decision = await decideSplitWinner(dataSource, journey, node, maturedBefore);
      if (decision) decisions.push(decision);
    }
  }
  return decisions;
}

async function decideSplitWinner(dataSource: DataSource, journey: { id: string; version: number }, node: SplitNode, maturedBefore: string): Promise<SplitDecision | null> {
  const rule = node.config.winner!;
  const experiment = await loadSplitExperiment(dataSource.manager, node, { journeyId: journey.id, to: maturedBefore }, null);
  if (experiment.variants.some((variant) => variant.assigned < rule.minimumPerVariant)) return null; // not yet
  const winner = winnerByRule(experiment, rule);
  const decision: SplitDecision = { journeyId: journey.id, nodeId: node.id, variantId: winner?.variantId ?? null, reason: winner?.reason ?? noWinnerReason(experiment, rule) };
  return dataSource.transaction(async (manager) => {
    const [inserted] = await manager.query(
      `INSERT INTO split_winners (journey_id, node_id, variant_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING node_id`,
      [journey.id, node.id, decision.variantId]);
    if (!inserted) return null;
    await recordJourneyHistory(manager, {
      journeyId: journey.id, kind: decision.variantId ? 'split_winner' : 'split_no_winner', version: journey.version,
      details: {
        nodeId: node.id, variantId: decision.variantId, reason: decision.reason, rule, contactsAssignedBefore: maturedBefore,
        figures: experiment.variants.map((variant) => ({
          variantId: variant.id, assigned: variant.assigned, converted: variant.converted, rate: variant.rate,
          probabilityToBeBest: variant.probabilityToBeBest,
        })),
        chiSquarePValue: experiment.chiSquare?.pValue ?? null,
        sampleRatioPValue: experiment.sampleRatio?.pValue ?? null,
      },
    });
    return decision;
  });
}

function noWinnerReason(experiment: ExperimentResult, rule: WinnerRule): string {
  if (experiment.sampleRatio?.mismatch) return `No winner: ${experiment.verdict.text}`;
  const best = Math.max(...experiment.variants.map((variant) => variant.probabilityToBeBest ?? 0));
  return `No winner: with at least ${rule.minimumPerVariant.toLocaleString('en-US')} contacts per variant, no variant is best with `
    + `${Math.round(rule.probability * 100)}% probability (the best reaches ${Math.floor(best * 100)}%); every variant keeps its share.`;
}
