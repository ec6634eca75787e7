// One tokenized segment. Elements stay raw strings (one native split per segment on the hot
// path); composites and repetitions are split lazily by the helpers, only when a reader asks.

import type { Delimiters } from './delimiters';

/**
 * A segment as read from the input.
 *
 * `elements[0]` is the segment ID and `elements[n]` is element n as the guides number it, so
 * `seg.elements[3]` of `NM1*85*2*ACME~` is NM103 = `ACME`. Trailing empty elements present in
 * the input are kept (a checker reports them); absent elements read as `''` via `element(n)`.
 */
export class Segment {
  /** Segment ID, e.g. `NM1` (same string as `elements[0]`). */
  readonly id: string;
  /** `[id, SEG01, SEG02, …]`, raw values, composites and repetitions not split. */
  readonly elements: readonly string[];
  /** 0-based ordinal of the segment in the whole input, across all interchanges. */
  readonly index: number;
  /** 1-based line (counting LF) where the segment starts. */
  readonly line: number;
  /** 0-based offset of the segment's first character in the decoded input (UTF-16 code units, BOM included). */
  readonly offset: number;
  /** Delimiters of the interchange this segment belongs to (one shared frozen object per ISA). */
  readonly delimiters: Delimiters;

  constructor(elements: readonly string[], index: number, line: number, offset: number, delimiters: Delimiters) {
    this.id = elements[0];
    this.elements = elements;
    this.index = index;
    this.line = line;
    this.offset = offset;
    this.delimiters = delimiters;
  }

  /** Number of elements present (not counting the ID). */
  get elementCount(): number {
    return this.elements.length - 1;
  }

  /** Element n (1-based, SEGnn), `''` when absent. */
  element(n: number): string {
    return this.elements[n] ?? '';
  }

  /**
   * Repetitions of element n (ISA11 separator). Always at least one entry (`['']` when absent).
   * Without a repetition separator (4010), the whole element is the single repetition.
   */
  repetitions(n: number): string[] {
    const value = this.elements[n] ?? '';
    const rep = this.delimiters.repetition;
    // ISA11 and ISA16 hold the separators themselves: the ISA is never split below elements.
    return rep === '' || this.id === 'ISA' || value.indexOf(rep) === -1 ? [value] : value.split(rep);
  }

  /**
   * Components of element n (ISA16 separator), of its `repetition`-th repetition (0-based,
   * default the first). A simple element yields one component.
   */
  components(n: number, repetition = 0): string[] {
    let value = this.elements[n] ?? '';
    if (repetition !== 0 || (this.delimiters.repetition !== '' && value.indexOf(this.delimiters.repetition) !== -1)) {
      value = this.repetitions(n)[repetition] ?? '';
    }
    const comp = this.delimiters.component;
    return this.id === 'ISA' || value.indexOf(comp) === -1 ? [value] : value.split(comp);
  }

  /** Component c (1-based, SEGnn-c) of element n, `''` when absent. `component(5, 3)` is CLM05-3. */
  component(n: number, c: number, repetition = 0): string {
    return this.components(n, repetition)[c - 1] ?? '';
  }

  /** The segment as written, without terminator, with this interchange's element separator. */
  toString(): string {
    return this.elements.join(this.delimiters.element);
  }
}
