/**
 * @module
 * Names of the image objects in R2, shared by the publish step (which makes them) and the Worker
 * (which serves them and writes their URLs). Keys are content-addressed: an image's id is a hash
 * of its source bytes and the variant spec, so an object under a key never changes.
 */

/** The widths made of every image, never wider than the original. */
const MEDIA_WIDTHS = [400, 800, 1200, 1600] as const

/** The social card: one JPEG crop at these dimensions. */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const

export const MEDIA_FORMATS = ['avif', 'webp', 'jpg'] as const

export type MediaFormat = (typeof MEDIA_FORMATS)[number]

const MEDIA_CONTENT_TYPES: Record<MediaFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
}

/** `<id>-<width>.<format>`, or `<id>-og.jpg` for the social card. */
export const MEDIA_KEY_PATTERN =
  /^[A-Za-z0-9_-]{22}-(?:[1-9][0-9]{1,3}\.(?:avif|webp|jpg)|og\.jpg)$/

/** The object key of one variant. */
export const mediaKey = (id: string, width: number, format: MediaFormat) =>
  `${id}-${width}.${format}`

export const socialCardKey = (id: string) => `${id}-og.jpg`

/** The content type of the object at `key` (every key ends in its format). */
export function mediaContentType(key: string): string {
  const format = key.slice(key.lastIndexOf('.') + 1) as MediaFormat
  return MEDIA_CONTENT_TYPES[format]
}

/** The widths made of an image `width` pixels wide: the standard ones below it, and its own. */
export function variantWidths(width: number): number[] {
  const widths: number[] = MEDIA_WIDTHS.filter((standard) => standard < width)
  const widest = Math.min(width, MEDIA_WIDTHS.at(-1)!)
  if (!widths.includes(widest)) widths.push(widest)
  return widths
}

/** The URL path of the object at `key`. */
export const mediaPath = (key: string) => `/media/${key}`

/** A `srcset` of every width of an image in one format. */
export const mediaSrcset = (id: string, widths: readonly number[], format: MediaFormat) =>
  widths.map((width) => `${mediaPath(mediaKey(id, width, format))} ${width}w`).join(', ')

/** The widest variant at most `width` pixels wide (the narrowest when none is). */
export const widthAtMost = (widths: readonly number[], width: number) =>
  widths.filter((candidate) => candidate <= width).at(-1) ?? widths[0]!
