import { LiquidError } from 'liquidjs';

/** A LiquidJS error in plain terms: where it is and what it says, without LiquidJS's `, line:1, col:4` suffix. */
export interface LiquidFault {
  message: string;
  line?: number;
  column?: number;
  /** Set when the fault is a variable the context does not have, e.g. `contact.attributes.firstName`. */
  missingVariable?: string;
}

export function liquidFault(error: unknown): LiquidFault {
  const fault: LiquidFault = { message: error instanceof Error ? error.message.replace(/, line:\d+, col:\d+$/, '') : String(error) };
  if (LiquidError.is(error) && error.token) {
    const [line, column] = error.token.getPosition();
    Object.assign(fault, { line, column });
  }
  const variable = missingVariableOf(error);
  if (variable !== undefined) Object.assign(fault, { missingVariable: variable, message: `missing variable: ${variable}` });
  return fault;
}

/** LiquidJS names the variable on the error it wraps (UndefinedVariableError → InternalUndefinedVariableError). */
function missingVariableOf(error: unknown): string | undefined {
  for (let current = error as { variableName?: unknown; originalError?: unknown } | undefined, depth = 0; current && depth < 5; depth++) {
    if (typeof current.variableName === 'string') return current.variableName;
    current = current.originalError as typeof current;
  }
  return undefined;
}

/** `line 3, column 5: ` when known. */
export function located(fault: Pick<LiquidFault, 'line' | 'column'>): string {
  if (fault.line === undefined) return '';
  return fault.column === undefined ? `line ${fault.line}: ` : `line ${fault.line}, column ${fault.column}: `;
}
