/** x rounded to `digits` significant digits (0 stays 0). */
export function toSignificant(x: number, digits: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}

/** Agreement to 4 significant digits with a reference known to more digits. */
export function expectClose4(actual: number | null | undefined, expected: number): void {
  expect(typeof actual).toBe('number');
  expect(toSignificant(actual as number, 4)).toBe(toSignificant(expected, 4));
}

/**
 * Agreement with a figure as it was printed (in a paper table or R's console output): the actual
 * value, rounded the way the printed one was ("0.0524" to 4 decimals, "2.954e-07" to 4 significant
 * digits, "30.07" to 2 decimals), must print the same.
 */
export function expectPrinted(actual: number | null | undefined, printed: string): void {
  expect(typeof actual).toBe('number');
  const value = actual as number;
  const exponent = /^(-?)(\d)\.(\d+)e([+-]\d+)$/.exec(printed);
  if (exponent) {
    expect(value.toExponential(exponent[3].length)).toBe(printed.replace(/e([+-])0*(\d)/, 'e$1$2'));
    return;
  }
  const decimals = printed.includes('.') ? printed.split('.')[1].length : 0;
  expect(value.toFixed(decimals)).toBe(printed);
}
