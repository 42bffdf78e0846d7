/**
 * @module
 * The variants of one image, made with sharp: each width of `variantWidths` in AVIF, WebP and
 * JPEG, and the 1200×630 JPEG crop for social cards. The image is turned upright by its EXIF
 * orientation first; every variant is then written without metadata (no EXIF, no GPS).
 */
import sharp from 'sharp'
import {
  MEDIA_FORMATS,
  mediaKey,
  SOCIAL_CARD,
  socialCardKey,
  type MediaFormat,
} from '../../store/media-keys'

/**
 * The encoder settings, part of every image's content address: changing them changes every key,
 * so no object is ever replaced under a key a page or a cache already holds.
 */
export const VARIANT_SPEC = 'v1;avif:q50,e4;webp:q75;jpg:q80,mozjpeg;og:1200x630,attention'

export type EncodedVariant = { key: string; bytes: Buffer }

function encoder(image: sharp.Sharp, format: MediaFormat): sharp.Sharp {
  if (format === 'avif') return image.avif({ quality: 50, effort: 4 })
  if (format === 'webp') return image.webp({ quality: 75 })
  return image.jpeg({ quality: 80, mozjpeg: true })
}

/**
 * Encodes every variant of `source` (the file's bytes) under the content address `id`.
 * @example
 * const variants = await encodeVariants(bytes, id, [400, 800, 1024])
 */
export async function encodeVariants(
  source: Buffer,
  id: string,
  widths: number[]
): Promise<EncodedVariant[]> {
  // One decode, turned upright; sharp writes no metadata unless asked to.
  const upright = sharp(source, { failOn: 'error' }).rotate()
  const jobs: Array<Promise<EncodedVariant>> = []
  for (const width of widths) {
    for (const format of MEDIA_FORMATS) {
      const resized = upright.clone().resize({ width, withoutEnlargement: true })
      jobs.push(
        encoder(resized, format)
          .toBuffer()
          .then((bytes) => ({ key: mediaKey(id, width, format), bytes }))
      )
    }
  }
  const card = upright
    .clone()
    .resize({ ...SOCIAL_CARD, fit: 'cover', position: sharp.strategy.attention })
  jobs.push(
    encoder(card, 'jpg')
      .toBuffer()
      .then((bytes) => ({ key: socialCardKey(id), bytes }))
  )
  return Promise.all(jobs)
}
