export { Ping, type PingStatus } from './entities/ping.entity';
export { dataSourceOptions, connect, runMigrations, entities, migrations } from './data-source';
export { ensureDatabase, dropDatabase, canConnect, probePostgres, databaseName, maintenanceUrl, withClient, type Probe } from './database-admin';
