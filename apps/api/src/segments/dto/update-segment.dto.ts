import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateSegmentDto } from './create-segment.dto';

/** Name, description and the definition's fields, each optional; the kind stays. */
export class UpdateSegmentDto extends PartialType(OmitType(CreateSegmentDto, ['kind'] as const)) {}
