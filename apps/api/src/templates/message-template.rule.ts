import type { EntityManager } from 'typeorm';
import { templateProblems, type MessageTemplate } from '@cascade/channels';
import { isRecord, type GraphProblem, type JourneyGraph } from '@cascade/journey';
import { graphMessages, startsWithEvent, type GraphMessage } from './graph-messages';

interface StoredTemplate extends MessageTemplate {
  id: string;
  name: string;
  channel: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What would make a journey's messages fail for every contact: a template that is not the workspace's
 * or is for another channel, Liquid that does not parse, variables no contact has, `event` in a
 * journey that does not start with one. Checked at publish, and listed with a draft's problems.
 */
export async function messageTemplateProblems({ manager, workspaceId, graph }: { manager: EntityManager; workspaceId: string; graph: JourneyGraph }): Promise<GraphProblem[]> {
  const messages = graphMessages(graph);
  const hasEvent = startsWithEvent(graph);
  const templates = await templatesById(manager, workspaceId, messages.map((message) => message.templateId));
  return messages.flatMap((message) => {
    if (typeof message.templateId === 'string') return savedTemplateProblems(message, templates.get(message.templateId.toLowerCase()), hasEvent);
    return isRecord(message.content) ? inlineContentProblems(message, message.content, hasEvent) : [];
  });
}

function savedTemplateProblems(message: GraphMessage, template: StoredTemplate | undefined, hasEvent: boolean): GraphProblem[] {
  const problem = (code: string, text: string): GraphProblem => ({ nodeId: message.nodeId, path: `${message.path}.templateId`, code, message: `${message.where}: ${text}` });
  if (!template) return [problem('template_not_found', `template ${String(message.templateId)} does not exist in this workspace.`)];
  const named = `template "${template.name}"`;
  const wrongChannel = typeof message.channel === 'string' && message.channel !== template.channel
    ? [problem('template_channel_mismatch', `${named} is for ${template.channel}, not ${message.channel}.`)] : [];
  return [...wrongChannel, ...templateProblems({ template, hasEvent }).map(({ field, code, message: text }) => problem(code, `${named}, ${field}, ${text}.`))];
}

function inlineContentProblems(message: GraphMessage, content: Record<string, unknown>, hasEvent: boolean): GraphProblem[] {
  if (typeof content.body !== 'string') return []; // the node's schema reports it
  const template = { body: content.body, subject: typeof content.subject === 'string' ? content.subject : undefined };
  return templateProblems({ template, hasEvent }).map(({ field, code, message: text }) => ({
    nodeId: message.nodeId, path: `${message.path}.content.${field}`, code, message: `${message.where}: ${field}, ${text}.`,
  }));
}

/** Ids that are not UUIDs name no template, and are not sent to Postgres. */
async function templatesById(manager: EntityManager, workspaceId: string, ids: unknown[]): Promise<Map<string, StoredTemplate>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string' && UUID.test(id)))];
  if (wanted.length === 0) return new Map();
  const rows: StoredTemplate[] = await manager.query(
    `SELECT id, name, channel, subject, body, html FROM templates WHERE workspace_id = $1 AND id = ANY($2::uuid[])`, [workspaceId, wanted]);
  return new Map(rows.map((row) => [row.id, row]));
}
