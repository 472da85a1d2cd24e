/** The q-quantile (0..1) of the samples, by nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The target, and whether a higher value is better; none for figures shown for information. */
  readonly target?: { readonly value: number; readonly higherIsBetter: boolean };
  /** Failed requests behind the figure, where counted: a figure with failures misses its target. */
  readonly failures?: number;
}

export function printFigures(title: string, figures: readonly Figure[]): boolean {
  console.log(`\n${title}`);
  let allMet = true;
  for (const f of figures) {
    const failed = (f.failures ?? 0) > 0;
    const met =
      f.target && !failed && (f.target.higherIsBetter ? f.value >= f.target.value : f.value <= f.target.value);
    if (f.target && !met) allMet = false;
    const target = f.target ? `${f.target.higherIsBetter ? '>=' : '<='} ${f.target.value} ${f.unit}` : '(information)';
    const verdict = f.target ? (met ? 'met' : 'MISSED') : '';
    const failures = f.failures === undefined ? '' : `${verdict ? ', ' : ''}${f.failures} failed`;
    console.log(
      `  ${f.name.padEnd(52)} ${f.value.toFixed(1).padStart(9)} ${f.unit.padEnd(10)} target ${target.padEnd(16)} ${verdict}${failures}`,
    );
  }
  return allMet;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}
