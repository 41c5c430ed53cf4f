import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString } from 'class-validator';
import { RawJson } from '../../common/raw-json.decorator';

/**
 * A segment's kind and that kind's fields; the deep checks (the condition language, RFM codes and
 * cells of the workspace's mapping, stage names) are validateSegmentDefinition's, with paths.
 */
export class SegmentDefinitionDto {
  /** `rule` (condition), `rfm` (codes and/or cells) or `lifecycle` (stages); clusters come from POST /segments/clusters. */
  @IsIn(['rule', 'rfm', 'lifecycle'])
  kind!: 'rule' | 'rfm' | 'lifecycle';

  /** For `rule`: a condition in the journey condition language (docs/journeys.md#conditions). */
  @IsOptional()
  @IsObject()
  @RawJson()
  condition?: Record<string, unknown>;

  /** For `rfm`: codes such as "1-1-1" (R-F-M, level 1 = best). */
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(200)
  @IsArray()
  codes?: string[];

  /** For `rfm`: named cells of the workspace's mapping, such as "champions". */
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(200)
  @IsArray()
  cells?: string[];

  /** For `lifecycle`: new, active, sleeping, churned. */
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(4)
  @IsArray()
  stages?: string[];
}
