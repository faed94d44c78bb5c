/**
 * The attacker's arithmetic: the smallest and largest value an integer variable can take under linear
 * constraints, by linear programming with HiGHS (compiled to WebAssembly, from npm), and by integer
 * programming where the LP optimum is not a whole number (the LP relaxation only bounds the integer
 * answer from outside; a fractional optimum means the true integer bound may be tighter).
 */
import highsLoader from 'highs';

type HighsRuntime = Awaited<ReturnType<typeof highsLoader>>;
type Model = ReturnType<HighsRuntime['createModel']>;

/** One HiGHS runtime per process: loading the WebAssembly takes ~50 ms; solves are independent. */
let runtime: Promise<HighsRuntime> | null = null;
export function loadSolver(): Promise<HighsRuntime> {
  runtime ??= highsLoader();
  return runtime;
}

export interface Row {
  terms: [variable: number, coefficient: number][];
  lower: number;
  upper: number;
}

/** Integer variables with bounds (±Infinity for none) and rows `lower ≤ Σ coefficient × variable ≤ upper`. */
export interface System {
  lower: number[];
  upper: number[];
  rows: Row[];
}

export interface Interval {
  lo: number;
  hi: number;
  /** A solution reaching each bound (empty when unbounded): a witness other attackers can reuse. */
  loPoint: Float64Array;
  hiPoint: Float64Array;
}

const TOLERANCE = 1e-6;

export const isWhole = (point: Float64Array) => point.length > 0 && point.every((x) => Math.abs(x - Math.round(x)) <= TOLERANCE);

/**
 * Solving blocks the thread, and the refresh runs in the process that serves requests: every so often
 * it lets them through. `await pace()` returns at once unless 15 ms have passed since the last pause.
 */
let lastPause = Date.now();
export function pace(): Promise<void> | void {
  if (Date.now() - lastPause < 15) return;
  return new Promise((resolve) =>
    setImmediate(() => {
      lastPause = Date.now();
      resolve();
    }),
  );
}
/**
 * No count comes near this; an optimum at it means "no upper bound". Bounding every variable keeps
 * HiGHS away from unbounded rays, which after a warm start it sometimes reports as status "unknown".
 */
const CAP = 1e8;
const OPTIONS = { output_flag: false, log_to_console: false } as const;

/** Counts solves, for the bench and the refresh report (like the kit's queryCounter). */
export const solveCounter = { lp: 0, mip: 0 };

function modelData(highs: HighsRuntime, system: System, cost: Float64Array) {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of system.rows) {
    for (const [v, c] of row.terms) {
      indices.push(v);
      values.push(c);
    }
    starts.push(indices.length);
  }
  const inf = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
  return {
    numCols: system.lower.length,
    numRows: system.rows.length,
    colCost: cost,
    colLower: Float64Array.from(system.lower, (x) => Math.max(x, -CAP)),
    colUpper: Float64Array.from(system.upper, (x) => Math.min(x, CAP)),
    rowLower: Float64Array.from(system.rows, (r) => inf(r.lower)),
    rowUpper: Float64Array.from(system.rows, (r) => inf(r.upper)),
    matrix: { format: 'csr' as const, numRows: system.rows.length, numCols: system.lower.length, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) },
  };
}

/**
 * A system loaded once, asked many questions: each question changes only the objective, so HiGHS
 * starts from the previous basis. Dispose it when done (its memory lives in WebAssembly).
 */
export class Solver {
  private readonly lp: Model;
  private mip: Model | null = null;
  private central: Model | null = null;
  private costed = -1;

  constructor(
    private readonly highs: HighsRuntime,
    private readonly system: System,
  ) {
    this.lp = highs.createModel(modelData(highs, system, new Float64Array(system.lower.length)));
    this.lp.options.set(OPTIONS);
  }

  private objective(model: Model, variable: number, sense: 'min' | 'max', previous: number) {
    if (previous >= 0) model.changeColCost(previous, 0);
    model.changeColCost(variable, 1);
    model.changeObjectiveSense(sense === 'min' ? this.highs.constants.objectiveSense.minimize : this.highs.constants.objectiveSense.maximize);
  }

  /** The optimum of one direction, or ±Infinity when unbounded; with the primal point and column duals. */
  solve(variable: number, sense: 'min' | 'max'): { value: number; point: Float64Array; duals: Float64Array } {
    this.objective(this.lp, variable, sense, this.costed);
    this.costed = variable;
    this.lp.run();
    solveCounter.lp++;
    const status = this.lp.getModelStatus();
    const s = this.highs.constants.modelStatus;
    if (status === s.unbounded || status === s.unboundedOrInfeasible) {
      return { value: sense === 'max' ? Infinity : -Infinity, point: new Float64Array(0), duals: new Float64Array(0) };
    }
    if (status !== s.optimal) throw new Error(`LP ended with model status ${status} (the true table must be feasible)`);
    const solution = this.lp.getSolution();
    const value = solution.colValue[variable];
    if (sense === 'max' && value >= CAP / 2) return { value: Infinity, point: new Float64Array(0), duals: new Float64Array(0) };
    if (sense === 'min' && value <= -CAP / 2) return { value: -Infinity, point: new Float64Array(0), duals: new Float64Array(0) };
    return { value, point: solution.colValue, duals: solution.colDual };
  }

  private integerOptimum(variable: number, sense: 'min' | 'max'): { value: number; point: Float64Array } {
    if (!this.mip) {
      const data = modelData(this.highs, this.system, new Float64Array(this.system.lower.length));
      this.mip = this.highs.createModel({ ...data, integrality: new Int32Array(this.system.lower.length).fill(this.highs.constants.variableType.integer) });
      this.mip.options.set(OPTIONS);
    }
    for (let j = 0; j < this.system.lower.length; j++) this.mip.changeColCost(j, j === variable ? 1 : 0);
    this.mip.changeObjectiveSense(sense === 'min' ? this.highs.constants.objectiveSense.minimize : this.highs.constants.objectiveSense.maximize);
    this.mip.run();
    solveCounter.mip++;
    if (this.mip.getModelStatus() !== this.highs.constants.modelStatus.optimal) throw new Error(`MIP ended with model status ${this.mip.getModelStatus()}`);
    const point = this.mip.getSolution().colValue;
    return { value: Math.round(point[variable]), point };
  }

  /**
   * One end of a variable's integer interval: the LP optimum, made exact by integer programming when
   * the LP's solution is not whole numbers (a whole-number optimum reached at a fractional point can
   * hide a tighter integer bound). The point is a whole-number table reaching it, when there is one.
   */
  bound(variable: number, sense: 'min' | 'max'): { value: number; point: Float64Array } {
    const { value, point } = this.solve(variable, sense);
    if (!Number.isFinite(value)) return { value, point };
    if (point.every((x) => Math.abs(x - Math.round(x)) <= TOLERANCE)) return { value: Math.round(value), point };
    return this.integerOptimum(variable, sense);
  }

  /** The integer interval of a variable. */
  interval(variable: number): Interval {
    const lo = this.bound(variable, 'min');
    const hi = this.bound(variable, 'max');
    return { lo: lo.value, hi: hi.value, loPoint: lo.point, hiPoint: hi.point };
  }

  /**
   * A solution with `variable` at `value` that is as close as possible (in total absolute difference) to
   * `truth`: an extreme point that moves only what it must. Other attackers, whose own knowledge the
   * true table satisfies, can then usually reuse it. Null when the closest point is not whole numbers.
   */
  nearest(variable: number, value: number, truth: ArrayLike<number>): Float64Array | null {
    const n = this.system.lower.length;
    if (!this.central) {
      // Columns x (the system's variables) and d (their distance to the truth): d ≥ x − t, d ≥ t − x.
      const base = modelData(this.highs, this.system, new Float64Array(n));
      const rows: Row[] = [...this.system.rows];
      for (let i = 0; i < n; i++) {
        rows.push({ terms: [[i, 1], [n + i, -1]], lower: -Infinity, upper: truth[i] });
        rows.push({ terms: [[i, 1], [n + i, 1]], lower: truth[i], upper: Infinity });
      }
      const data = modelData(this.highs, { lower: [...this.system.lower, ...new Array(n).fill(0)], upper: [...this.system.upper, ...new Array(n).fill(Infinity)], rows }, Float64Array.from({ length: 2 * n }, (_, j) => (j < n ? 0 : 1)));
      this.central = this.highs.createModel({ ...data, colLower: Float64Array.from([...base.colLower, ...new Array(n).fill(0)]) });
      this.central.options.set(OPTIONS);
    }
    const lower = Math.max(this.system.lower[variable], -CAP);
    const upper = Math.min(this.system.upper[variable], CAP);
    this.central.changeColBounds(variable, value, value);
    try {
      this.central.run();
      solveCounter.lp++;
      if (this.central.getModelStatus() !== this.highs.constants.modelStatus.optimal) return null;
      const point = this.central.getSolution().colValue.slice(0, n);
      return point.every((x) => Math.abs(x - Math.round(x)) <= TOLERANCE) ? point : null;
    } finally {
      this.central.changeColBounds(variable, lower, upper);
    }
  }

  dispose(): void {
    this.lp.dispose();
    this.mip?.dispose();
    this.central?.dispose();
  }
}
