export { Ping, type PingStatus } from './entities/ping.entity';
export { dataSourceOptions, connect, runMigrations, entities, migrations } from './data-source';
export { ensureDatabase, dropDatabase, canConnect, databaseName, maintenanceUrl, withClient } from './database-admin';
