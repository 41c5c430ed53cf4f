import { applyDecorators } from '@nestjs/common';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** Size caps per field; the HTML part of an email is often large (inline styles). */
export const TEMPLATE_FIELD_MAX = { subject: 1_000, body: 100_000, html: 500_000 } as const;

/** A template's display name, unique in the workspace. */
export const TemplateName = () => applyDecorators(IsString(), Matches(/\S/, { message: '$property must not be blank' }), MaxLength(200));

/** A channel type, e.g. `email`; whether the channel exists is checked by the service. */
export const TemplateChannel = () => applyDecorators(IsString(), Matches(/^[A-Za-z0-9_-]{1,100}$/, { message: '$property must be a channel type, e.g. email' }));

/** A Liquid field that may be absent or null (no subject, no HTML part). */
export const OptionalLiquid = (maxLength: number) => applyDecorators(IsOptional(), IsString(), MaxLength(maxLength));

export const RequiredLiquid = (maxLength: number) => applyDecorators(IsString(), MinLength(1), MaxLength(maxLength));
