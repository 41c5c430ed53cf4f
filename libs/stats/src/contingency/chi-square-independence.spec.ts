import { expectClose4, expectPrinted } from '../expect-close.test-helpers';
import { StatsInputError } from '../stats-input.error';
import { chiSquareIndependence } from './chi-square-independence';

describe('chiSquareIndependence', () => {
  it('matches the ?chisq.test example (Agresti 2007, p. 39: party identification by gender)', () => {
    // R: M <- as.table(rbind(c(762, 327, 468), c(484, 239, 477))); chisq.test(M)
    //   → X-squared = 30.07, df = 2, p-value = 2.954e-07 (full: 30.0701491, 2.953589183e-07)
    const test = chiSquareIndependence([[762, 327, 468], [484, 239, 477]]);
    expectPrinted(test?.statistic, '30.07');
    expect(test?.degreesOfFreedom).toBe(2);
    expectPrinted(test?.pValue, '2.954e-07');
    expectClose4(test?.statistic, 30.0701491);
  });

  it('matches the ?prop.test smokers example (Fleiss 1981, p. 139) as a 4×2 table', () => {
    // R: smokers <- c(83, 90, 129, 70); patients <- c(86, 93, 136, 82); prop.test(smokers, patients)
    //   → X-squared = 12.6, df = 3, p-value = 0.005585 (full: 12.6004113, 0.005585476662)
    const test = chiSquareIndependence([[83, 3], [90, 3], [129, 7], [70, 12]]);
    expectPrinted(test?.statistic, '12.6');
    expect(test?.degreesOfFreedom).toBe(3);
    expectPrinted(test?.pValue, '0.005585');
    expectClose4(test?.statistic, 12.6004113);
  });

  it('drops rows and columns with zero totals', () => {
    const padded = chiSquareIndependence([[762, 0, 327, 468], [0, 0, 0, 0], [484, 0, 239, 477]]);
    expect(padded).toEqual(chiSquareIndependence([[762, 327, 468], [484, 239, 477]]));
  });

  it('is null when no degrees of freedom remain', () => {
    expect(chiSquareIndependence([[5, 10]])).toBeNull();
    expect(chiSquareIndependence([[5, 0], [7, 0]])).toBeNull();
    expect(chiSquareIndependence([[0, 0], [0, 0]])).toBeNull();
    expect(chiSquareIndependence([])).toBeNull();
  });

  it('refuses ragged tables and negative or non-finite cells, naming the cell', () => {
    expect(() => chiSquareIndependence([[1, 2], [3]])).toThrow(StatsInputError);
    expect(() => chiSquareIndependence([[1, 2], [3, -4]])).toThrow('table[1][1]');
    expect(() => chiSquareIndependence([[1, Number.POSITIVE_INFINITY], [3, 4]])).toThrow('table[0][1]');
  });
});
