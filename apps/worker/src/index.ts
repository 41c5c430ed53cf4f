export { createWorker, type WorkerOptions } from './create-worker';
export { bundleWorkflows } from './bundle-workflows';
export { installTemporalLogging } from './temporal-logging';
export { createActivities, type ActivityDependencies } from './activities';
export { enroll, type EnrollInput, type EnrollResult, type EnrollDependencies } from './enrollment/enroll';
export { OutboxDispatcher, type DispatcherOptions } from './dispatcher/outbox-dispatcher';
