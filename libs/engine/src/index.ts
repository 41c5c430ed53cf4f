// Enrolling contacts and routing events: shared by the API (API triggers) and the worker (dispatcher).
export { enroll, type EnrollInput, type EnrollResult, type EnrollDependencies } from './enrollment/enroll';
export { OutboxDispatcher, type DispatcherOptions } from './dispatcher/outbox-dispatcher';
export { routeEvent, type StoredEvent } from './dispatcher/route-event';
export { ingestEvents, UnknownContactsError, type IncomingEvent } from './events/ingest-events';
export { ImportProcessor } from './imports/import-processor';
export { BroadcastProcessor, type BroadcastProcessorOptions } from './broadcasts/broadcast-processor';
export { parseCsv, missingColumns, type ImportKind } from './imports/csv-rows';
export { sweepDateTriggers, type SweepResult } from './date-triggers/sweep-date-triggers';
export { recordDeliveries, type DeliveryDependencies, type RecordedDelivery } from './deliveries/record-deliveries';
export { unsubscribeByMessage, type Unsubscribed } from './deliveries/unsubscribe';
export { ChannelCredentialsStore } from './channels/channel-credentials';
