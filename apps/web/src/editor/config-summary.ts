import type { JourneyNode } from '@cascade/journey';
import { describeDuration } from './simulate/duration-text';

/** `PT1H` → "1 h", `P1DT12H` → "1 d 12 h"; anything unreadable is shown as written, a missing value as "?". */
export function formatDuration(iso: unknown): string {
  return typeof iso === 'string' ? describeDuration(iso) : '?';
}

/** A signed offset such as `-P1D` → "−1 d". */
function formatOffset(iso: unknown): string {
  if (typeof iso !== 'string') return '';
  return iso.startsWith('-') ? ` − ${formatDuration(iso.slice(1))}` : ` + ${formatDuration(iso)}`;
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

type Config = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : '?');
const list = (value: unknown): Config[] => (Array.isArray(value) ? value.filter((item): item is Config => typeof item === 'object' && item !== null) : []);

/** One cascade or send step: "email · cart-email" or "sms · “Hello…”". */
export function messageSummary(step: Config, channelLabel: (type: string) => string = (type) => type): string {
  const channel = channelLabel(text(step.channel));
  if (typeof step.templateId === 'string' && step.templateId) return `${channel} · ${step.templateId}`;
  const content = step.content as Config | undefined;
  const line = typeof content?.subject === 'string' && content.subject ? content.subject : typeof content?.body === 'string' ? content.body : '';
  return line ? `${channel} · “${truncate(line, 24)}”` : channel;
}

/** A cascade step as listed on its node: "email · until opened · 24 h". */
export function cascadeStepSummary(step: Config, channelLabel: (type: string) => string = (type) => type): string {
  const parts = [channelLabel(text(step.channel))];
  if (typeof step.waitFor === 'string') parts.push(`until ${step.waitFor}`);
  if (step.within !== undefined) parts.push(formatDuration(step.within));
  return parts.join(' · ');
}

function truncate(value: string, length: number): string {
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
}

/** One line saying what the node does with its config: "wait 1 h", "email · cart-email", "50/50 A/B". */
export function configSummary(node: Pick<JourneyNode, 'type' | 'config'>, channelLabel?: (type: string) => string): string {
  const config = (node.config ?? {}) as Config;
  switch (node.type) {
    case 'trigger':
      switch (config.kind) {
        case 'event': return `on event ${text(config.event)}${config.filter ? ' (filtered)' : ''}`;
        case 'segment_entry': return `enters segment ${text(config.segmentId)}`;
        case 'date_attribute': return `on ${text(config.attribute)}${formatOffset(config.offset)}${config.atLocalTime ? ` at ${String(config.atLocalTime)}` : ''}`;
        case 'api': return 'started through the API';
        case 'broadcast': return `broadcast to ${config.segmentId ? `segment ${String(config.segmentId)}` : 'everyone'}`;
        default: return 'no trigger kind';
      }
    case 'wait':
      if ('duration' in config) return `wait ${formatDuration(config.duration)}`;
      if ('untilLocalTime' in config) return `until ${text(config.untilLocalTime)}${Array.isArray(config.days) ? ` (${config.days.map((day) => DAY_NAMES[Number(day) - 1] ?? day).join(', ')})` : ''}`;
      if ('untilAttribute' in config) return `until ${text(config.untilAttribute)}${config.offset ? formatOffset(config.offset) : ''}`;
      return 'wait ?';
    case 'wait_for_event':
      return `wait for ${text(config.event)} · up to ${formatDuration(config.timeout)}`;
    case 'branch': {
      const rules = list(config.rules);
      return `${rules.length} rule${rules.length === 1 ? '' : 's'} + else`;
    }
    case 'split': {
      const variants = list(config.variants);
      return `${variants.map((variant) => String(variant.weight ?? '?')).join('/')} ${variants.map((variant) => String(variant.label ?? variant.id ?? '?')).join('/')}`;
    }
    case 'send':
      return messageSummary(config, channelLabel);
    case 'cascade':
      return list(config.steps).map((step) => (channelLabel ?? ((type: string) => type))(text(step.channel))).join(' → ') || 'no steps';
    case 'update_contact': {
      const parts: string[] = [];
      if (Array.isArray(config.addTags) && config.addTags.length) parts.push(`tag ${config.addTags.join(', ')}`);
      if (Array.isArray(config.removeTags) && config.removeTags.length) parts.push(`untag ${config.removeTags.join(', ')}`);
      if (config.set && typeof config.set === 'object') parts.push(`set ${Object.keys(config.set).join(', ')}`);
      if (Array.isArray(config.unset) && config.unset.length) parts.push(`unset ${config.unset.join(', ')}`);
      if (config.subscriptions && typeof config.subscriptions === 'object') parts.push('subscriptions');
      return truncate(parts.join(' · ') || 'no changes', 40);
    }
    case 'webhook': {
      let host = text(config.url);
      try { host = new URL(host).host; } catch { /* shown as written */ }
      return `${text(config.method)} ${host}`;
    }
    case 'exit':
      return typeof config.reason === 'string' && config.reason ? `exit: ${config.reason}` : 'end of journey';
    default:
      return '';
  }
}
