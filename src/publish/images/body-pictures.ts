/**
 * @module
 * An image as the records store it, and a body image as the page shows it: a `<picture>` with
 * AVIF and WebP sources and a JPEG `<img>`, every width in its `srcset`, loaded lazily.
 */
import type { ArticleImage } from '../../schema/stored/article-image'
import { mediaKey, mediaPath, mediaSrcset, variantWidths } from '../../store/media-keys'

/** One checked source file. */
export type SourceImage = { id: string; width: number; height: number; bytes: Buffer }

/** Body `<img>` sizes: the column is at most 720 CSS pixels wide. */
const BODY_SIZES = '(max-width: 760px) 100vw, 720px'

/** The stored form of an image as one article shows it. */
export const storedImage = (
  source: SourceImage,
  text: { alt: string; caption?: string; credit?: string }
): ArticleImage => {
  const widths = variantWidths(source.width)
  const width = widths.at(-1)!
  return {
    id: source.id,
    width,
    height: Math.round((source.height * width) / source.width),
    widths,
    alt: text.alt,
    caption: text.caption ?? null,
    credit: text.credit ?? null,
  }
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A body image as a `<picture>`: AVIF and WebP sources, a JPEG `<img>` loaded lazily. */
function bodyPicture(image: ArticleImage): string {
  const source = (format: 'avif' | 'webp') =>
    `<source type="image/${format}" srcset="${mediaSrcset(image.id, image.widths, format)}" sizes="${BODY_SIZES}">`
  const fallbackWidth = image.widths.includes(800) ? 800 : image.width
  return (
    `<picture>${source('avif')}${source('webp')}` +
    `<img src="${mediaPath(mediaKey(image.id, fallbackWidth, 'jpg'))}" srcset="${mediaSrcset(image.id, image.widths, 'jpg')}" sizes="${BODY_SIZES}" width="${image.width}" height="${image.height}" alt="${escapeAttribute(image.alt)}" loading="lazy" decoding="async"></picture>`
  )
}

/** Swaps each local `<img>` of sanitised body HTML for its `<picture>`. */
export function withPictures(html: string, images: Map<string, SourceImage>): string {
  return html.replace(
    /<img src="([^"]*)" alt="([^"]*)"[^>]*>/g,
    (tag, src: string, alt: string) => {
      let path = src
      try {
        path = decodeURI(src.replace(/&amp;/g, '&'))
      } catch {
        return tag
      }
      const source = images.get(path)
      if (!source) return tag
      const unescaped = alt
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
      return bodyPicture(storedImage(source, { alt: unescaped }))
    }
  )
}
