import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MessagingRules } from '@cascade/journey';

export interface MessagingSettings {
  caps: MessagingRules['caps'];
  quietHours: NonNullable<MessagingRules['quietHours']> | null;
}

/** The workspace's messaging rules, read by the worker at send time (docs/journeys.md#frequency-caps-and-quiet-hours). */
@Injectable()
export class MessagingSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(workspaceId: string): Promise<MessagingSettings> {
    const [row] = await this.dataSource.query(`SELECT rules FROM messaging_rules WHERE workspace_id = $1`, [workspaceId]);
    return settingsOf(row?.rules ?? { caps: [] });
  }

  /** Replaces the rules; the worker applies them within a few seconds. */
  async put(workspaceId: string, rules: MessagingRules): Promise<MessagingSettings> {
    const settings = settingsOf(rules);
    await this.dataSource.query(
      `INSERT INTO messaging_rules (workspace_id, rules) VALUES ($1, $2)
       ON CONFLICT (workspace_id) DO UPDATE SET rules = EXCLUDED.rules, updated_at = now()`,
      [workspaceId, JSON.stringify(settings)]);
    return settings;
  }
}

/** Plain objects in a fixed shape, whatever class instances or omissions came in. */
function settingsOf(rules: MessagingRules): MessagingSettings {
  return {
    caps: rules.caps.map(({ channel, max, window }) => (channel === undefined ? { max, window } : { channel, max, window })),
    quietHours: rules.quietHours ? { start: rules.quietHours.start, end: rules.quietHours.end } : null,
  };
}
