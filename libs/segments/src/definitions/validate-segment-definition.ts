import { SegmentConditionError } from '../segment-condition.error';
import { SegmentSettingsError } from '../settings/analytics-settings.error';
import type { AnalyticsSettings } from '../settings/analytics-settings';
import { validateSegmentCondition } from '../validate-segment-condition';
import type { SegmentDefinition } from './segment-definition';

const STAGES = ['new', 'active', 'sleeping', 'churned'];

/**
 * A segment as the API receives it (`kind` plus that kind's fields), checked against the
 * workspace's analytics settings (RFM levels and cell names). Cluster segments are made by
 * clustering, never written by hand.
 */
export function validateSegmentDefinition(input: Record<string, unknown>, settings: AnalyticsSettings): SegmentDefinition {
  const refuse = (path: string, message: string) => new SegmentSettingsError('segment_definition_invalid', [{ path, message }]);
  switch (input.kind) {
    case 'rule':
      try {
        return { kind: 'rule', condition: validateSegmentCondition(input.condition) };
      } catch (error) {
        if (error instanceof SegmentConditionError) throw refuse('condition', error.message);
        throw error;
      }
    case 'rfm': {
      const { levels, cells } = settings.rfm;
      const codes = stringList(input.codes, 'codes', refuse);
      const names = stringList(input.cells, 'cells', refuse);
      if (codes.length + names.length === 0) throw refuse('codes', 'or cells must name at least one RFM code or cell');
      const code = new RegExp(`^[1-${levels}]-[1-${levels}]-[1-${levels}]$`);
      codes.forEach((value, i) => {
        if (!code.test(value)) throw refuse(`codes[${i}]`, `"${value}" is not an RFM code such as "1-1-1" with levels 1..${levels}`);
      });
      const known = new Set(cells.map((cell) => cell.name));
      names.forEach((value, i) => {
        if (!known.has(value)) throw refuse(`cells[${i}]`, `"${value}" is not a cell of the workspace's RFM mapping (${[...known].join(', ')})`);
      });
      return { kind: 'rfm', codes, cells: names };
    }
    case 'lifecycle': {
      const stages = stringList(input.stages, 'stages', refuse);
      if (stages.length === 0) throw refuse('stages', 'must name at least one stage');
      stages.forEach((value, i) => {
        if (!STAGES.includes(value)) throw refuse(`stages[${i}]`, `"${value}" is not a lifecycle stage (${STAGES.join(', ')})`);
      });
      return { kind: 'lifecycle', stages: stages as ('new' | 'active' | 'sleeping' | 'churned')[] };
    }
    case 'cluster':
      throw refuse('kind', 'cluster segments are made by POST /api/v1/segments/clusters');
    default:
      throw refuse('kind', 'must be one of rule, rfm, lifecycle');
  }
}

function stringList(value: unknown, path: string, refuse: (path: string, message: string) => Error): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 200 || value.some((item) => typeof item !== 'string')) {
    throw refuse(path, 'must be a list of at most 200 strings');
  }
  return [...new Set(value as string[])];
}
