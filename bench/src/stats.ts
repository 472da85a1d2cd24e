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
      `  ${f.name.padEnd(52)} ${shown(f.value).padStart(9)} ${f.unit.padEnd(10)} target ${target.padEnd(16)} ${verdict}${failures}`,
    );
  }
  return allMet;
}

/** A value as the tables show it: two decimals below 10 (ratios), one above. */
export const shown = (value: number): string => value.toFixed(Math.abs(value) < 10 ? 2 : 1);

/** Rows under a title, each cell padded to its column's widest. */
export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  console.log(`\n${title}`);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  for (const row of [header, ...rows]) {
    console.log(
      `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('   ')}`,
    );
  }
}
