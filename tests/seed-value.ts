/**
 * A seed record as the tests hand it around (built on Node by seed-records.ts), and the value to
 * put in KV for it. Kept apart from seed-records.ts so that tests inside workerd can load it
 * without the Node-only publish pipeline.
 */

/** `[key, value, base64]`: `value` is text, or the bytes in base64 when `base64` is true. */
export type SeedRecord = [key: string, value: string, base64: boolean]

/** The value to put in KV for a seed record: the text, or the decoded bytes. */
export const storedValue = ([, value, base64]: SeedRecord): string | Uint8Array =>
  base64 ? Uint8Array.from(atob(value), (char) => char.charCodeAt(0)) : value
