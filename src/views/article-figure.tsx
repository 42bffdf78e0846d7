/**
 * @module
 * An article's image on the page: the hero `<figure>` under the headline, and the small
 * thumbnail of list cards; and an author's portrait on their page. Both are `<picture>`s: AVIF and WebP sources with every width, so the
 * browser picks the smallest file that fills the space, and a JPEG `<img>` that every browser
 * shows, with its width and height so nothing moves when it arrives.
 */
import type { ArticleImage } from '../schema/stored/article-image'
import { mediaKey, mediaPath, mediaSrcset, widthAtMost } from '../store/media-keys'

/** The hero fills the column: the viewport less its padding, at most 40rem (640 px). */
const HERO_SIZES = '(max-width: 672px) calc(100vw - 2rem), 640px'
/** Thumbnails are 6rem wide. */
const THUMB_SIZES = '96px'
/** Portraits are 8rem wide. */
const PORTRAIT_SIZES = '128px'

/** The JPEG a browser without `srcset` shows: the widest at most `width` px. */
const fallbackWidth = (image: ArticleImage, width: number) => widthAtMost(image.widths, width)

function Picture({
  image,
  sizes,
  alt,
  lazy,
}: {
  image: ArticleImage
  sizes: string
  alt: string
  lazy: boolean
}) {
  return (
    <picture>
      <source
        type="image/avif"
        srcset={mediaSrcset(image.id, image.widths, 'avif')}
        sizes={sizes}
      />
      <source
        type="image/webp"
        srcset={mediaSrcset(image.id, image.widths, 'webp')}
        sizes={sizes}
      />
      <img
        src={mediaPath(mediaKey(image.id, fallbackWidth(image, 800), 'jpg'))}
        srcset={mediaSrcset(image.id, image.widths, 'jpg')}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={alt}
        {...(lazy
          ? { loading: 'lazy', decoding: 'async' }
          : { fetchpriority: 'high', decoding: 'async' })}
      />
    </picture>
  )
}

/** The hero image with its caption and credit; it is the page's largest paint, so it loads first. */
export function HeroFigure({ image }: { image: ArticleImage }) {
  return (
    <figure class="hero">
      <Picture image={image} sizes={HERO_SIZES} alt={image.alt} lazy={false} />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.caption && image.credit ? ' · ' : null}
          {image.credit ? <span class="credit">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}

/** A list card's thumbnail; the headline beside it says what it is, so its alt is empty. */
export function Thumbnail({ image }: { image: ArticleImage }) {
  return (
    <span class="thumb">
      <Picture image={image} sizes={THUMB_SIZES} alt="" lazy={true} />
    </span>
  )
}

/** The author's photo at the head of their page, where it is the first image: it loads first. */
export function Portrait({ image }: { image: ArticleImage }) {
  return (
    <span class="portrait">
      <Picture image={image} sizes={PORTRAIT_SIZES} alt={image.alt} lazy={false} />
    </span>
  )
}
