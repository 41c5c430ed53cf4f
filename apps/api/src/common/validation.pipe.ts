import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { ErrorDetail } from '@cascade/errors';

export type { ErrorDetail } from '@cascade/errors';

/** One global pipe: unknown fields are rejected, and every problem is reported with its path. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) =>
      new BadRequestException({ message: 'Request validation failed', details: toDetails(errors) }),
  });
}

/**
 * class-transformer skips keys named like Object.prototype members (`constructor`, `toString`, …), so
 * the whitelist never sees them and they would be ignored silently: a DTO's body or query never has them.
 */
class StrictValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && this.toValidate(metadata)) {
      const inherited = Object.keys(value).find((key) => key in Object.prototype);
      if (inherited !== undefined) {
        throw new BadRequestException({
          message: 'Request validation failed', details: [{ path: inherited, code: 'unknown_field', message: `property ${inherited} should not exist` }],
        });
      }
    }
    return super.transform(value, metadata);
  }
}

function toDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const path = joinPath(parent, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({
      path,
      code: code === 'whitelistValidation' ? 'unknown_field' : code,
      message,
    }));
    return [...own, ...toDetails(error.children ?? [], path)];
  });
}

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}
