import type { DataSource } from 'typeorm';
import { loadSplitWinner } from '@cascade/engine';
import type { JourneyActivities } from '@cascade/workflows';

export function createLoadSplitWinner({ dataSource }: { dataSource: DataSource }): JourneyActivities['loadSplitWinner'] {
  return ({ journeyId, nodeId }) => loadSplitWinner(dataSource.manager, journeyId, nodeId);
}
