import { messageSummary as describeMessage, nodeSummary, type JourneyNode, type SummaryContext } from '@cascade/journey';
import { describeDuration } from './simulate/duration-text';

/** `PT1H` → "1 h", `P1DT12H` → "1 d 12 h"; anything unreadable is shown as written, a missing value as "?". */
export function formatDuration(iso: unknown): string {
  return typeof iso === 'string' ? describeDuration(iso) : '?';
}

type Config = Record<string, unknown>;
type ChannelLabel = (type: string) => string;
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : '?');

/** How the editor formats what a node's summary names: channel labels as given, durations in its own words. */
function summaryContext(channelLabel: ChannelLabel = (type) => type): SummaryContext {
  return { channelLabel, duration: describeDuration };
}

/** One cascade or send step: "email · cart-email" or "sms · “Hello…”". */
export function messageSummary(step: Config, channelLabel?: ChannelLabel): string {
  return describeMessage(step, summaryContext(channelLabel));
}

/** A cascade step as listed on its node: "email · until opened · 24 h". */
export function cascadeStepSummary(step: Config, channelLabel: ChannelLabel = (type) => type): string {
  const parts = [channelLabel(text(step.channel))];
  if (typeof step.waitFor === 'string') parts.push(`until ${step.waitFor}`);
  if (step.within !== undefined) parts.push(formatDuration(step.within));
  return parts.join(' · ');
}

/** One line saying what the node does with its config ("wait 1 h", "email · cart-email", "50/50 A/B"): its handler's summary. */
export function configSummary(node: Pick<JourneyNode, 'type' | 'config'>, channelLabel?: ChannelLabel): string {
  return nodeSummary(node, summaryContext(channelLabel));
}
