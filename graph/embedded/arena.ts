// An append-only byte arena of JSON values, addressed by a number. Why it exists: at 1M nodes and 3M
// edges the embedded store kept one object tree (or one string) per node and edge; as UTF-8 bytes in a
// few large Buffers the same data takes 1 byte per ASCII character (V8 strings holding any Cyrillic take
// 2 bytes per character), no per-item object or string header, and nothing for the garbage collector to
// trace. A value is written once (its length as a varint — 1 byte up to 127, 2 up to 16383 … — then its
// UTF-8 JSON) and decoded afresh on every read.

/** Bytes per chunk; an address is chunk number × CHUNK + offset in the chunk. */
const CHUNK = 1 << 24;

export class JsonArena {
  private chunks: Buffer[] = [];
  private used = CHUNK; // no chunk yet: the first add opens one

  /** Stores a JSON value; returns its address. */
  add(value: unknown): number {
    const text = JSON.stringify(value);
    const len = Buffer.byteLength(text, "utf8");
    const head = len < 0x80 ? 1 : len < 0x4000 ? 2 : len < 0x200000 ? 3 : len < 0x10000000 ? 4 : 5;
    if (this.used + head + len > CHUNK) this.open(head + len);
    const no = this.chunks.length - 1;
    const buf = this.chunks[no];
    const at = no * CHUNK + this.used;
    let pos = this.used;
    for (let n = len; ; n = Math.floor(n / 0x80)) {
      if (n < 0x80) { buf[pos++] = n; break; }
      buf[pos++] = (n % 0x80) | 0x80;
    }
    buf.write(text, pos, len, "utf8");
    this.used = pos + len;
    return at;
  }

  /** Where the JSON of the value at an address starts and ends, in its chunk. */
  private span(at: number): [Buffer, number, number] {
    const buf = this.chunks[Math.floor(at / CHUNK)];
    let pos = at % CHUNK, len = 0;
    for (let shift = 1; ; shift *= 0x80) {
      const b = buf[pos++];
      len += (b & 0x7f) * shift;
      if (b < 0x80) break;
    }
    return [buf, pos, pos + len];
  }

  /** A fresh copy of the value stored at an address. */
  get(at: number): unknown {
    const [buf, from, to] = this.span(at);
    return JSON.parse(buf.toString("utf8", from, to));
  }

  /** Whether the stored UTF-8 JSON of a value contains these bytes (a quick test before decoding). */
  includes(at: number, bytes: Uint8Array): boolean {
    const [buf, from, to] = this.span(at);
    const last = to - bytes.length;
    for (let i = from; i <= last; i++) {
      let j = 0;
      while (j < bytes.length && buf[i + j] === bytes[j]) j++;
      if (j === bytes.length) return true;
    }
    return false;
  }

  /** Bytes of the stored values (with their lengths). */
  bytes(): number {
    return this.chunks.length === 0 ? 0 : (this.chunks.length - 1) * CHUNK + this.used;
  }

  /** Gives back the unused tail of the last chunk; call once every value is added. */
  seal(): void {
    const last = this.chunks.length - 1;
    if (last >= 0 && this.used < this.chunks[last].length) this.chunks[last] = Buffer.from(this.chunks[last].subarray(0, this.used));
  }

  private open(need: number): void {
    this.chunks.push(Buffer.allocUnsafeSlow(Math.max(CHUNK, need)));
    this.used = 0;
  }
}
