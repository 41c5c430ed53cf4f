import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyGraph } from '@cascade/journey';
import { withSeedIds } from '../with-seed-ids';

export interface DemoTemplate {
  channel: string;
  name: string;
  subject?: string;
  body: string;
}

/** The templates the demo journeys use, by the key their `templateId`s name in tools/seed/journeys (templates.json; a .json beside this file would shadow it for require). */
export const DEMO_TEMPLATES: Record<string, DemoTemplate> = JSON.parse(readFileSync(join(__dirname, 'templates.json'), 'utf8'));

/** The graph with each demo template key replaced by the id the template got in a workspace. */
export function withTemplateIds<T extends Pick<JourneyGraph, 'nodes'>>(graph: T, ids: Record<string, string>): T {
  return withSeedIds(graph, ['templateId'], ids);
}
