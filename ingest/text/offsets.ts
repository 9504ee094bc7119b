// A text built piece by piece together with its offset map back to an original text:
// offsets[i] is the index in the original of built character i. Every operation is linear.

export interface MappedText {
  text: string;
  /** length text.length + 1; the last entry is the original's length */
  offsets: Int32Array;
}

export class MappedTextBuilder {
  private parts: string[] = [];
  private offs: Int32Array;
  private n = 0;
  private last = "";

  constructor(capacityHint = 1024) {
    this.offs = new Int32Array(Math.max(16, capacityHint));
  }

  get length(): number {
    return this.n;
  }

  /** The last character appended ("" when empty). */
  get lastChar(): string {
    return this.last;
  }

  private reserve(k: number): void {
    if (this.n + k + 1 <= this.offs.length) return;
    let cap = this.offs.length * 2;
    while (cap < this.n + k + 1) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.offs.subarray(0, this.n));
    this.offs = next;
  }

  /** Appends src[start, end); the characters sit in the original at map[i], or at base + i when map is absent. */
  copy(src: string, start: number, end: number, map?: ArrayLike<number> | null, base = 0): void {
    if (end <= start) return;
    this.reserve(end - start);
    this.parts.push(start === 0 && end === src.length ? src : src.slice(start, end));
    if (map) for (let i = start; i < end; i++) this.offs[this.n++] = map[i];
    else for (let i = start; i < end; i++) this.offs[this.n++] = base + i;
    this.last = src[end - 1];
  }

  /** Appends text that is not in the original (a joining space, a repaired letter), placed at original index `at`. */
  insert(str: string, at: number): void {
    if (!str) return;
    this.reserve(str.length);
    this.parts.push(str);
    for (let i = 0; i < str.length; i++) this.offs[this.n++] = at;
    this.last = str[str.length - 1];
  }

  build(originalLength: number): MappedText {
    const text = this.parts.join("");
    const offsets = new Int32Array(this.n + 1);
    offsets.set(this.offs.subarray(0, this.n));
    offsets[this.n] = originalLength;
    this.parts = [];
    return { text, offsets };
  }
}

/**
 * Replaces every match of `re` (must be global) by replacer(match); keeps the offset map:
 * a replacement of the same length maps character to character, any other replacement maps
 * all its characters to the match's first character.
 */
export function rewrite(
  input: MappedText,
  re: RegExp,
  replacer: (m: RegExpExecArray) => string,
): MappedText {
  if (!re.global) throw new TypeError("rewrite needs a global RegExp");
  const { text, offsets } = input;
  let out: MappedTextBuilder | null = null;
  let cursor = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const rep = replacer(m);
    if (rep === m[0]) continue;
    out ??= new MappedTextBuilder(text.length + 16);
    out.copy(text, cursor, m.index, offsets);
    if (rep.length === m[0].length) out.copy(rep, 0, rep.length, offsets.subarray(m.index, m.index + rep.length));
    else out.insert(rep, offsets[m.index]);
    cursor = m.index + m[0].length;
  }
  if (!out) return input;
  out.copy(text, cursor, text.length, offsets);
  return out.build(offsets[text.length]);
}

/** 1-based line and column of an index in a text. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const stop = Math.min(index, text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < stop; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: stop - lineStart + 1 };
}
