import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// What the settings endpoints answer: @cascade/segments AnalyticsSettings (defaults filled in) and messaging-settings.service.ts.

const LEVEL_RANGE = { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 } as const;

/** A named cell over R×F: the cells with r and f in the [min, max] ranges. */
export class RfmCellRuleResponse {
  @ApiProperty()
  name!: string;

  @ApiProperty({ ...LEVEL_RANGE, description: '[min, max] recency levels' })
  r!: [number, number];

  @ApiProperty({ ...LEVEL_RANGE, description: '[min, max] frequency levels' })
  f!: [number, number];
}

export class RfmSettingsResponse {
  @ApiProperty({ description: 'ISO duration of purchase history RFM scores look at, e.g. P1Y.' })
  period!: string;

  @ApiProperty({ enum: [3, 5], description: 'Quantile levels per dimension; level 1 is the best.' })
  levels!: 3 | 5;

  @ApiProperty({ type: () => [RfmCellRuleResponse], description: 'Named cells; a cell takes the name of the first rule that holds it.' })
  cells!: RfmCellRuleResponse[];
}

export class LifecycleSettingsResponse {
  @ApiProperty({ description: 'ISO duration, e.g. P30D.' })
  newWithin!: string;

  @ApiProperty({ description: 'ISO duration, e.g. P90D.' })
  singlePurchaseSleepingAfter!: string;

  @ApiProperty({ description: 'ISO duration, e.g. P365D.' })
  singlePurchaseChurnedAfter!: string;

  @ApiProperty({ type: 'number' })
  sleepingFactor!: number;

  @ApiProperty({ type: 'number' })
  churnedFactor!: number;

  @ApiProperty({ description: 'ISO duration, e.g. P7D.' })
  minCadence!: string;
}

export class AnalyticsSettingsResponse {
  @ApiProperty({ description: 'The event that is a purchase.' })
  purchaseEvent!: string;

  @ApiProperty({ description: 'The purchase property holding the order value (a number or numeric text).' })
  amountProperty!: string;

  @ApiProperty({ type: () => RfmSettingsResponse })
  rfm!: RfmSettingsResponse;

  @ApiProperty({ type: () => LifecycleSettingsResponse })
  lifecycle!: LifecycleSettingsResponse;
}

export class FrequencyCapResponse {
  @ApiPropertyOptional({ description: 'The channel counted and capped; all channels together when absent.' })
  channel?: string;

  @ApiProperty({ type: 'integer' })
  max!: number;

  @ApiProperty({ description: 'ISO-8601 duration of the rolling window, e.g. P7D.' })
  window!: string;
}

export class QuietHoursResponse {
  @ApiProperty({ description: 'Local time in the contact\'s timezone, HH:MM.' })
  start!: string;

  @ApiProperty({ description: 'HH:MM; before `start` for a period across midnight (21:00–09:00).' })
  end!: string;
}

export class MessagingSettingsResponse {
  @ApiProperty({ type: () => [FrequencyCapResponse] })
  caps!: FrequencyCapResponse[];

  @ApiProperty({ type: () => QuietHoursResponse, nullable: true, description: 'Null: no quiet hours.' })
  quietHours!: QuietHoursResponse | null;
}
