import type { DataSource } from 'typeorm';
import { decideSplitWinners } from '@cascade/engine';
import type { SplitWinnerActivities } from '@cascade/workflows';

export function createSplitWinnerActivities(dataSource: DataSource): SplitWinnerActivities {
  return {
    async decideSplitWinners() {
      return { decided: (await decideSplitWinners(dataSource)).length };
    },
  };
}
