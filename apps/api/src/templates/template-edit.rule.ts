import { templateProblems, type MessageTemplate, type TemplateProblem } from '@cascade/channels';
import type { JourneyGraph } from '@cascade/journey';
import { startsWithEvent } from './graph-messages';
import type { TemplateErrorDetail } from './template.errors';

/**
 * What an edit would break in the journeys that send the template: the checks publish makes, on the
 * new content, each journey's trigger deciding whether `event` may be read. One detail per problem,
 * naming the journeys it fails in.
 */
export function templateEditProblems({ template, journeys }: {
  template: MessageTemplate;
  journeys: Array<{ id: string; name: string; graph: JourneyGraph }>;
}): TemplateErrorDetail[] {
  const found = new Map<string, { problem: TemplateProblem; journeys: string[] }>();
  for (const journey of journeys) {
    for (const problem of templateProblems({ template, hasEvent: startsWithEvent(journey.graph) })) {
      const key = `${problem.field}:${problem.code}:${problem.message}`;
      if (!found.has(key)) found.set(key, { problem, journeys: [] });
      found.get(key)!.journeys.push(`"${journey.name}" (${journey.id})`);
    }
  }
  return [...found.values()].map(({ problem: { field, code, message }, journeys: names }) => ({
    path: field, code, message: `${message}; in ${names.join(', ')}`,
  }));
}
