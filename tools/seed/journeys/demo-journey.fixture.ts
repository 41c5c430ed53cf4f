// Shared by the demo journey specs: loading a seed file and reading a simulated trace line by line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate, type ContactSnapshot, type JourneyGraph, type SimulationInput, type TraceEntry } from '@cascade/journey';

export interface DemoJourney extends JourneyGraph {
  name: string;
  description: string;
}

export const JOURNEYS = ['welcome-series', 'abandoned-cart', 'reactivation', 'service-reminder', 'ab-first-message'] as const;
export type JourneyFile = (typeof JOURNEYS)[number];

export const load = (file: JourneyFile): DemoJourney => JSON.parse(readFileSync(join(__dirname, `${file}.json`), 'utf8'));

/** A Monday, 13:00 in Moscow. */
export const START = '2026-03-02T10:00:00.000Z';

export const anna: ContactSnapshot = {
  id: 'anna', email: 'anna@example.com', phone: '+79161234567', telegramChatId: '100200300', timezone: 'Europe/Moscow',
  attributes: { first_name: 'Anna' },
};

/** One enrollment of `contact` (Anna by default) in a demo journey, starting at START; the journey id is the file name. */
export function run(file: JourneyFile, input: Partial<SimulationInput> = {}) {
  return simulate({ graph: load(file), contact: anna, startAt: START, enrollmentId: 'enr-1', journeyId: file, ...input });
}

const FIELDS = ['handle', 'variant', 'messageId', 'channel', 'status', 'reason'] as const;

/** A trace entry as one line, `at kind [nodeId] key=value…`, with every field it has, so comparing lines pins the whole trace. */
export function line(entry: TraceEntry): string {
  const fields = entry as unknown as Record<string, unknown>;
  const others = Object.keys(fields).filter((key) => !['at', 'kind', 'nodeId', ...FIELDS].includes(key)).sort();
  const pairs = [...FIELDS, ...others].filter((key) => fields[key] !== undefined).map((key) => `${key}=${String(fields[key])}`);
  return [entry.at, entry.kind, entry.nodeId, ...pairs].filter((part) => part !== undefined).join(' ');
}
export const lines = (trace: TraceEntry[]) => trace.map(line);

export const templatesSent = (messages: { sentAt: string; templateId?: string }[]) => messages.map((m) => `${m.sentAt} ${m.templateId}`);
