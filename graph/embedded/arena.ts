// An append-only byte arena of JSON values, addressed by a number. Why it exists: at 1M nodes and 3M
// edges the embedded store kept one object tree (or one string) per node and edge; as UTF-8 bytes in a
// few large Buffers the same data takes 1 byte per ASCII character (V8 strings holding any Cyrillic take
// 2 bytes per character), no per-item object or string header, and nothing for the garbage collector to
// trace. A value is written once (4-byte length, then its UTF-8 JSON) and decoded afresh on every read.

/** Bytes per chunk; an address is chunk number × CHUNK + offset in the chunk. */
const CHUNK = 1 << 24;

export class JsonArena {
  private chunks: Buffer[] = [];
  private used = CHUNK; // no chunk yet: the first add opens one

  /** Stores a JSON value; returns its address. */
  add(value: unknown): number {
    const text = JSON.stringify(value);
    const len = Buffer.byteLength(text, "utf8");
    if (this.used + 4 + len > CHUNK) this.open(4 + len);
    const no = this.chunks.length - 1;
    const buf = this.chunks[no];
    const at = no * CHUNK + this.used;
    buf.writeUInt32LE(len, this.used);
    buf.write(text, this.used + 4, len, "utf8");
    this.used += 4 + len;
    return at;
  }

  /** A fresh copy of the value stored at an address. */
  get(at: number): unknown {
    const buf = this.chunks[Math.floor(at / CHUNK)];
    const pos = at % CHUNK;
    const len = buf.readUInt32LE(pos);
    return JSON.parse(buf.toString("utf8", pos + 4, pos + 4 + len));
  }

  /** Whether the stored UTF-8 JSON of a value contains these bytes (a quick test before decoding). */
  includes(at: number, bytes: Uint8Array): boolean {
    const buf = this.chunks[Math.floor(at / CHUNK)];
    const pos = at % CHUNK;
    const last = pos + 4 + buf.readUInt32LE(pos) - bytes.length;
    for (let i = pos + 4; i <= last; i++) {
      let j = 0;
      while (j < bytes.length && buf[i + j] === bytes[j]) j++;
      if (j === bytes.length) return true;
    }
    return false;
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
