/**
 * Logistic regression over sparse, hashed features, trained with AdaGrad SGD
 * and L2 regularisation. Deterministic: the example order comes from a seeded
 * generator, so `npm run train:claims` reproduces the committed weights.
 */

export interface SparseVector {
  indices: number[];
  values: number[];
}

export interface Example {
  x: SparseVector;
  /** 1 for check-worthy, 0 otherwise. */
  y: number;
}

export interface TrainOptions {
  dimensions: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Weight of a positive example's loss (positives are the minority). */
  positiveWeight: number;
}

export interface LinearModel {
  bias: number;
  weights: Float64Array;
}

export function trainLogistic(examples: readonly Example[], options: TrainOptions): LinearModel {
  const weights = new Float64Array(options.dimensions);
  const squares = new Float64Array(options.dimensions);
  let bias = 0;
  let biasSquares = 0;
  const random = mulberry32(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { x, y } = examples[i]!;
      const p = sigmoid(dot(weights, bias, x));
      const scale = y === 1 ? options.positiveWeight : 1;
      const g = (p - y) * scale;
      for (let k = 0; k < x.indices.length; k++) {
        const j = x.indices[k]!;
        const grad = g * x.values[k]! + options.l2 * weights[j]!;
        squares[j]! += grad * grad;
        weights[j]! -= (options.learningRate * grad) / Math.sqrt(squares[j]! + 1e-8);
      }
      biasSquares += g * g;
      bias -= (options.learningRate * g) / Math.sqrt(biasSquares + 1e-8);
    }
  }
  return { bias, weights };
}

export function dot(weights: ArrayLike<number>, bias: number, x: SparseVector): number {
  let z = bias;
  for (let k = 0; k < x.indices.length; k++) z += (weights[x.indices[k]!] ?? 0) * x.values[k]!;
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** A small, fast, seedable PRNG (public-domain mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
