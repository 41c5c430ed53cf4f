export type { MessagingRules, FrequencyCap, QuietHours, RecentSend, SendDecision } from './messaging-rules.types';
export { messagingRulesSchema } from './messaging-rules.schema';
export { decideSend, type SendPolicyInput } from './decide-send';
export { capLookback } from './frequency-cap';
export { LOCAL_TIME_PATTERN } from '../time/local-time';
