/** Median and 95th percentile (nearest rank) of a list of numbers. */
export function summarise(values: readonly number[]): { median: number; p95: number; min: number; max: number; n: number } {
  if (values.length === 0) return { median: NaN, p95: NaN, min: NaN, max: NaN, n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, p95: rank(0.95), min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}
