export interface QuadratureRule {
  /** Nodes on [−1, 1]. */
  nodes: number[];
  weights: number[];
}

/**
 * Gauss–Legendre rule of the given order: the nodes are the roots of P_n, found by Newton's method
 * from Tricomi's initial guess cos(π(i − ¼)/(n + ½)); weights 2 / ((1 − x²)·P_n′(x)²).
 * Reference: Press WH et al. (2007) Numerical Recipes, 3rd ed., §4.6 (`gauleg`). Exact for
 * polynomials up to degree 2n − 1.
 */
export function gaussLegendre(order: number): QuadratureRule {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= order; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (order + 0.5));
    for (let iteration = 0; iteration < 100; iteration++) {
      const { value, slope } = legendre(order, x);
      const step = value / slope;
      x -= step;
      if (Math.abs(step) < 1e-15) break;
    }
    const derivative = legendre(order, x).slope;
    nodes.push(x);
    weights.push(2 / ((1 - x * x) * derivative * derivative));
  }
  return { nodes, weights };
}

/** P_n(x) by the three-term recurrence, and P_n′(x) = n(x·P_n − P_{n−1}) / (x² − 1). */
function legendre(order: number, x: number): { value: number; slope: number } {
  let previous = 1;
  let current = x;
  for (let k = 2; k <= order; k++) {
    const next = ((2 * k - 1) * x * current - (k - 1) * previous) / k;
    previous = current;
    current = next;
  }
  return { value: current, slope: (order * (x * current - previous)) / (x * x - 1) };
}
