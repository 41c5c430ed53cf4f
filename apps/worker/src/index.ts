export { createWorker, type WorkerOptions } from './create-worker';
export { bundleWorkflows } from './bundle-workflows';
export { installTemporalLogging } from './temporal-logging';
export { createActivities, type ActivityDependencies } from './activities';
export { ensureDateTriggerSchedule } from './date-trigger-schedule';
export { ensureSplitWinnersSchedule } from './split-winners-schedule';
export { startSmtpSandbox, type SmtpSandbox, type SmtpSandboxOptions } from './channels/smtp-sandbox';
export { postgresCapture } from './channels/postgres-capture';
export type { CapturedEmail, EmailHeaders } from './channels/captured-email';
