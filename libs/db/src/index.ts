export { Contact } from './entities/contact.entity';
export { Journey, type JourneyStatus } from './entities/journey.entity';
export { JourneyVersion } from './entities/journey-version.entity';
export { Enrollment, type EnrollmentStatus } from './entities/enrollment.entity';
export { Message } from './entities/message.entity';
export { dataSourceOptions, connect, runMigrations, entities, migrations } from './data-source';
export { ensureDatabase, dropDatabase, canConnect, probePostgres, databaseName, maintenanceUrl, withClient, type Probe } from './database-admin';
export { createWorkspace, createApiKey, workspaceOfApiKey, type CreatedWorkspace } from './workspaces/api-keys';
