export { createOutboundFetch, MAX_REDIRECTS, type OutboundFetch, type OutboundInit, type OutboundOptions } from './outbound-fetch';
export { OutboundAllowlist } from './allowlist';
export { DestinationRefusedError, OutboundUnreachableError } from './outbound-errors';
export { answerReason, sanitizeReason } from './answer-reason';
export { classifyAddress, type AddressClass, type NonPublicKind } from './address-class';
export { parseIp, formatIp, type IpAddress } from './ip-address';
export type { Resolver } from './destination';
