import { DELIVERY_STATUSES, nodeChannels, nodeReferences, type ContactSnapshot, type DeliveryStatus, type JourneyGraph, type ScriptedDelivery, type ScriptedEvent, type SimulationInput } from '@cascade/journey';
import { parseDurationText } from './duration-text';

/** One scripted event as typed: properties as JSON text, `after` as a duration text. */
export interface EventRow {
  key: number;
  name: string;
  properties: string;
  after: string;
}

/** One scripted delivery as typed: channel '' is every channel. */
export interface DeliveryRow {
  key: number;
  channel: string;
  status: DeliveryStatus;
  after: string;
}

export interface SimulationForm {
  /** A `datetime-local` value, in the browser's zone. */
  startAt: string;
  events: EventRow[];
  deliveries: DeliveryRow[];
  /** Ids of the segments the contact is in. */
  segments: string[];
  /** How webhooks answer; '' is 200. */
  webhookStatus: string;
}

/** The statuses a script may give a message, the engagement ones first. */
export const SCRIPTED_STATUSES: readonly DeliveryStatus[] = [...DELIVERY_STATUSES];

/** A `datetime-local` value of `date` in the browser's zone, to the minute. */
export function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Channels the graph's messages (send and cascade nodes...) go through, in order of appearance. */
export function graphChannels(graph: JourneyGraph): string[] {
  const channels = new Set<string>();
  for (const node of graph.nodes) for (const { value } of nodeChannels(node)) if (typeof value === 'string') channels.add(value);
  return [...channels];
}

/** Event names the graph listens for (trigger, wait for event, goal), for the event name suggestions. */
export function graphEventNames(graph: JourneyGraph): string[] {
  const names = new Set<string>();
  for (const node of graph.nodes) for (const { value } of nodeReferences(node).events) names.add(value);
  if (graph.settings?.goal?.event) names.add(graph.settings.goal.event);
  return [...names];
}

const durationProblem = (what: string, text: string) => `${what}: "${text}" is not a duration (try "2 hours", "1 day 3 h" or PT2H).`;

/** The form as the simulator's input, or what must be fixed first, in the order of the form. */
export function buildSimulationInput(graph: JourneyGraph, contact: ContactSnapshot, form: SimulationForm): { input: SimulationInput | null; problems: string[] } {
  const problems: string[] = [];
  const start = new Date(form.startAt);
  if (!form.startAt || Number.isNaN(start.getTime())) problems.push('Start time: pick a date and time.');

  const events: ScriptedEvent[] = [];
  form.events.forEach((row, index) => {
    const what = `Event ${index + 1}`;
    if (!row.name.trim() && !row.properties.trim() && !row.after.trim()) return;
    if (!row.name.trim()) problems.push(`${what}: give it a name.`);
    const after = parseDurationText(row.after, { allowNegative: true });
    if (!after) problems.push(durationProblem(what, row.after));
    let properties: Record<string, unknown> | undefined;
    if (row.properties.trim()) {
      try {
        const parsed: unknown = JSON.parse(row.properties);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) properties = parsed as Record<string, unknown>;
        else problems.push(`${what}: properties must be a JSON object, like {"total": 120}.`);
      } catch {
        problems.push(`${what}: properties are not valid JSON.`);
      }
    }
    if (row.name.trim() && after) events.push({ name: row.name.trim(), after, ...(properties ? { properties } : {}) });
  });

  const deliveries: ScriptedDelivery[] = [];
  form.deliveries.forEach((row, index) => {
    const after = parseDurationText(row.after);
    if (!after) problems.push(durationProblem(`Delivery ${index + 1}`, row.after));
    else deliveries.push({ status: row.status, after, ...(row.channel ? { channel: row.channel } : {}) });
  });

  let webhookStatus: number | undefined;
  if (form.webhookStatus.trim()) {
    webhookStatus = Number(form.webhookStatus);
    if (!Number.isInteger(webhookStatus) || webhookStatus < 100 || webhookStatus > 599) problems.push('Webhook answer: an HTTP status, 100 to 599.');
  }

  if (problems.length) return { input: null, problems };
  return {
    input: {
      graph,
      contact,
      startAt: start.toISOString(),
      events,
      deliveries,
      segments: [...form.segments],
      ...(webhookStatus !== undefined ? { webhookStatus } : {}),
    },
    problems,
  };
}
