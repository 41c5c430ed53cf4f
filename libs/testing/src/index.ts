export { createTestDatabase, testServerUrl, type TestDatabase, type TestDatabaseOptions } from './test-database';
export { testTemporal, uniqueTaskQueue, type TestTemporal } from './test-temporal';
export { waitFor } from './wait-for';
export { freePort } from './free-port';
export { seedContact, seedPublishedJourney, seedWorkspace } from './seed';
export { TEST_SECRET_KEY } from './test-secret-key';
export { seedAssignments, seedSplitJourney, splitGraph, createContacts, type SeededAssignment } from './seed-experiment';
