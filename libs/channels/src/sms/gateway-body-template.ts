import { BODY_PLACEHOLDERS, type HttpGatewayCredentials } from './sms-schemas';

export type BodyValues = Record<(typeof BODY_PLACEHOLDERS)[number], string>;
type ContentType = NonNullable<HttpGatewayCredentials['contentType']>;

const PLACEHOLDER = new RegExp(`\\{\\{\\s*(${BODY_PLACEHOLDERS.join('|')})\\s*\\}\\}`, 'g');

/**
 * Values are escaped for where they land, so a text with quotes, backslashes or line breaks cannot
 * break (or add fields to) the request: JSON string escaping without the quotes, which the template
 * puts around the placeholder (`"text": "{{text}}"`), or percent-encoding for a form.
 */
const ESCAPE: Record<ContentType, (value: string) => string> = {
  'application/json': (value) => JSON.stringify(value).slice(1, -1),
  'application/x-www-form-urlencoded': encodeURIComponent,
};

/** The gateway's request body: the template with each placeholder replaced by its escaped value. No Liquid here. */
export function renderGatewayBody({ template, values, contentType }: { template: string; values: BodyValues; contentType: ContentType }): string {
  const escape = ESCAPE[contentType];
  return template.replace(PLACEHOLDER, (_, name: keyof BodyValues) => escape(values[name]));
}
