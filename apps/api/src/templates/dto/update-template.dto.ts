import { IfPresent } from '../../journeys/dto/if-present';
import { OptionalLiquid, RequiredLiquid, TEMPLATE_FIELD_MAX, TemplateChannel, TemplateName } from './template-field.decorators';

/** Only the fields sent change; `null` clears the subject or the HTML part. */
export class UpdateTemplateDto {
  @TemplateName()
  @IfPresent()
  name?: string;

  /** Refused while a published journey uses the template. */
  @TemplateChannel()
  @IfPresent()
  channel?: string;

  @OptionalLiquid(TEMPLATE_FIELD_MAX.subject)
  subject?: string | null;

  @RequiredLiquid(TEMPLATE_FIELD_MAX.body)
  @IfPresent()
  body?: string;

  @OptionalLiquid(TEMPLATE_FIELD_MAX.html)
  html?: string | null;
}
