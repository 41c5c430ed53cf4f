import { IntegerFromDigits } from '../../common/decimal-number';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** k-means over the customers' standardised RFM features; each cluster becomes a segment. */
export class ClusterSegmentsDto {
  @Max(12)
  @Min(2)
  @IsInt()
  @IntegerFromDigits()
  k!: number;

  /** The same seed on the same data gives the same clusters. */
  @IsOptional()
  @Max(4_294_967_295)
  @Min(0)
  @IsInt()
  @IntegerFromDigits()
  seed: number = 1;

  /** Segment names start with it: "<prefix> 1: Recent frequent big spenders". */
  @IsOptional()
  @Matches(/\S/, { message: 'prefix must not be blank' })
  @MaxLength(100)
  @IsString()
  prefix: string = 'Cluster';
}
