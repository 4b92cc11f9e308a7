/** The parts of ml-logistic-regression 2 we use (the package ships no types). */
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';

  /** One-vs-all member: `testScores` is P(label != its class) for each row. */
  interface TwoClassClassifier {
    weights: Matrix;
    testScores(features: Matrix): number[];
  }

  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    /** Batch gradient ascent on the summed log-likelihood; no intercept term is added. */
    train(features: Matrix, labels: Matrix): void;
    predict(features: Matrix): number[];
    numberClasses: number;
    classifiers: TwoClassClassifier[];
  }
}
