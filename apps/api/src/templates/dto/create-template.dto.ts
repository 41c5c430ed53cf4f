import { OptionalLiquid, RequiredLiquid, TEMPLATE_FIELD_MAX, TemplateChannel, TemplateName } from './template-field.decorators';

/** A message template: Liquid in every field, for one channel. */
export class CreateTemplateDto {
  @TemplateName()
  name!: string;

  @TemplateChannel()
  channel!: string;

  /** Email subject. */
  @OptionalLiquid(TEMPLATE_FIELD_MAX.subject)
  subject?: string | null;

  /** Plain text: the SMS or messenger text, the text part of an email. */
  @RequiredLiquid(TEMPLATE_FIELD_MAX.body)
  body!: string;

  /** The HTML part of an email; values are HTML-escaped unless written `| raw`. */
  @OptionalLiquid(TEMPLATE_FIELD_MAX.html)
  html?: string | null;
}
