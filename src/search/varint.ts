/**
 * @module
 * Unsigned LEB128 varints, the number format of the binary index values: a posting's doc-id gap,
 * score and positions mostly take one byte each. The reader checks every bound, so a truncated
 * or corrupt value raises `CorruptRecordError` instead of reading garbage or looping.
 */
import { CorruptRecordError } from '../store/read-record'

/** Bytes `value` takes as a varint. */
export function varintLength(value: number): number {
  let length = 1
  while (value >= 0x80) {
    value = Math.floor(value / 0x80)
    length++
  }
  return length
}

/** A growable byte buffer (publish side). */
export class ByteWriter {
  private bytes = new Uint8Array(16)
  length = 0

  private reserve(more: number) {
    if (this.length + more <= this.bytes.length) return
    let size = this.bytes.length * 2
    while (size < this.length + more) size *= 2
    const grown = new Uint8Array(size)
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }

  /** Appends `value` (a non-negative integer below 2^53) as a varint. */
  varint(value: number) {
    this.reserve(8)
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 0x80) | 0x80
      value = Math.floor(value / 0x80)
    }
    this.bytes[this.length++] = value
  }

  byte(value: number) {
    this.reserve(1)
    this.bytes[this.length++] = value
  }

  append(bytes: Uint8Array) {
    this.reserve(bytes.length)
    this.bytes.set(bytes, this.length)
    this.length += bytes.length
  }

  /** The bytes written so far (a view, not a copy). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length)
  }
}

/** A bounds-checked reader over one KV value (Worker side). */
export class ByteReader {
  offset: number

  constructor(
    readonly bytes: Uint8Array,
    readonly key: string,
    offset = 0,
    /** Reads stop here: a block is read within its own length. */
    readonly end = bytes.length
  ) {
    this.offset = offset
  }

  fail(problem: string): never {
    throw new CorruptRecordError(this.key, `${problem} at byte ${this.offset}`)
  }

  get done() {
    return this.offset >= this.end
  }

  varint(): number {
    let value = 0
    let scale = 1
    for (let i = 0; i < 7; i++) {
      if (this.offset >= this.end) this.fail('truncated number')
      const byte = this.bytes[this.offset++]!
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 0x80
    }
    return this.fail('number too long')
  }

  byte(): number {
    if (this.offset >= this.end) this.fail('truncated byte')
    return this.bytes[this.offset++]!
  }

  /** Moves past the next `length` bytes. */
  skip(length: number) {
    if (length > this.end - this.offset) this.fail(`block of ${length} bytes runs past the end`)
    this.offset += length
  }

  /** The next `length` bytes, as a view. */
  take(length: number): Uint8Array {
    if (length > this.end - this.offset) this.fail(`block of ${length} bytes runs past the end`)
    const view = this.bytes.subarray(this.offset, this.offset + length)
    this.offset += length
    return view
  }
}
