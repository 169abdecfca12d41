/**
 * Small integer codes for the distinct values of a field, in the order they are first seen, so
 * rows can hold codes and counts can go into typed arrays indexed by code.
 */
export class Codebook {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  /** `known` values get the first codes, in their order (for a fixed vocabulary). */
  constructor(known: readonly string[] = []) {
    for (const value of known) this.encode(value);
  }

  /** The value's code, given a new one if the value was not seen before. */
  encode(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  /** The value's code, or undefined when no row has it. */
  codeOf(value: string): number | undefined {
    return this.codes.get(value);
  }

  get size(): number {
    return this.values.length;
  }
}
