import type { EntityManager } from 'typeorm';
import { analyseExperiment, type ExperimentResult } from '@cascade/stats';
import type { JourneyGraph, SplitConfig, WinnerRuleConfig } from '@cascade/journey';
import { DAILY_FIGURES, SENT_TO_WINNER } from './experiment-figures.sql';
import { splitNodes, type SplitNode } from './split-nodes';
import { loadSplitWinners, type SplitWinner } from './split-winners';

export interface ExperimentFilter {
  journeyId: string;
  /** One version's contacts; when absent, those of every version whose split has the same variants, weights and control. */
  versionId?: string | null;
  /** Contacts assigned in [from, to); their conversions count whenever they come within the goal window. */
  from?: string | null;
  to?: string | null;
  /** Relative effect (0.1 = +10%) the sample still needed is computed for; by default the effect observed. */
  minimumDetectableEffect?: number;
}

export interface DailyFigures {
  date: string;
  variantId: string;
  assigned: number;
  converted: number;
}

export interface SplitExperiment extends ExperimentResult {
  nodeId: string;
  label: string | null;
  controlId: string;
  winnerRule: WinnerRuleConfig | null;
  /** The variant the winner rule chose, when, and why. */
  winner: SplitWinner | null;
  /** Contacts sent to the winner since it was chosen: not randomised, so not in the figures. */
  sentToWinner: number;
  daily: DailyFigures[];
}

type Db = Pick<EntityManager, 'query'>;

/** Every split node of `graph` with its experiment's figures (docs/experiments.md), graph order. */
export async function loadSplitExperiments(db: Db, graph: JourneyGraph, filter: ExperimentFilter): Promise<SplitExperiment[]> {
  const winners = await loadSplitWinners(db, filter.journeyId);
  return Promise.all(splitNodes(graph).map((node) => loadSplitExperiment(db, node, filter, winners.get(node.id) ?? null)));
}

export async function loadSplitExperiment(db: Db, node: SplitNode, filter: ExperimentFilter, winner: SplitWinner | null): Promise<SplitExperiment> {
  const versionIds = filter.versionId ? [filter.versionId] : await sameDesignVersions(db, filter.journeyId, node);
  const params = [filter.journeyId, node.id, versionIds, filter.from ?? null, filter.to ?? null];
  const [daily, [sent]]: [DailyRow[], { n: number }[]] = await Promise.all([db.query(DAILY_FIGURES, params), db.query(SENT_TO_WINNER, params)]);
  const byVariant = totalsByVariant(daily);
  const { variants } = node.config;
  const controlId = node.config.control ?? variants[0].id;
  const result = analyseExperiment({
    controlId,
    minimumDetectableEffect: filter.minimumDetectableEffect,
    variants: variants.map((variant) => {
      const row = byVariant.get(variant.id);
      return {
        id: variant.id, label: variant.label, weight: variant.weight,
        assigned: row?.assigned ?? 0, converted: row?.converted ?? 0,
        revenue: { sum: row?.revenueSum ?? 0, sumOfSquares: row?.revenueSumOfSquares ?? 0 },
      };
    }),
  });
  const known = new Set(variants.map((variant) => variant.id));
  return {
    nodeId: node.id, label: node.label, controlId, winnerRule: node.config.winner ?? null, winner,
    sentToWinner: sent.n,
    ...result,
    daily: daily
      .filter((row) => known.has(row.variant))
      .map((row) => ({ date: row.date, variantId: row.variant, assigned: row.assigned, converted: row.converted })),
  };
}

/**
 * The versions whose split `node` has the same design (variants, weights, control): pooling their
 * contacts is one experiment; a changed design is another, whose weights the SRM check would not fit.
 */
async function sameDesignVersions(db: Db, journeyId: string, node: SplitNode): Promise<string[]> {
  const versions: { id: string; config: SplitConfig | null }[] = await db.query(
    `SELECT v.id, n.node->'config' AS config FROM journey_versions v
     LEFT JOIN LATERAL (SELECT node FROM jsonb_array_elements(v.graph->'nodes') node WHERE node->>'id' = $2 AND node->>'type' = 'split') n ON true
     WHERE v.journey_id = $1`,
    [journeyId, node.id]);
  const design = splitDesign(node.config);
  return versions.filter((version) => version.config && splitDesign(version.config) === design).map((version) => version.id);
}

function splitDesign(config: SplitConfig): string {
  return JSON.stringify([config.variants.map((variant) => [variant.id, variant.weight]), config.control ?? null]);
}

interface DailyRow {
  date: string;
  variant: string;
  assigned: number;
  converted: number;
  revenueSum: number;
  revenueSumOfSquares: number;
}

type Totals = Omit<DailyRow, 'date' | 'variant'>;

function totalsByVariant(daily: DailyRow[]): Map<string, Totals> {
  const totals = new Map<string, Totals>();
  for (const { variant, assigned, converted, revenueSum, revenueSumOfSquares } of daily) {
    const total = totals.get(variant) ?? { assigned: 0, converted: 0, revenueSum: 0, revenueSumOfSquares: 0 };
    totals.set(variant, {
      assigned: total.assigned + assigned, converted: total.converted + converted,
      revenueSum: total.revenueSum + revenueSum, revenueSumOfSquares: total.revenueSumOfSquares + revenueSumOfSquares,
    });
  }
  return totals;
}
