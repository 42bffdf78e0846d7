/**
 * @module
 * An article's image as other sites read it: Ghost's `feature_image` fields in the JSON API, and
 * the absolute URLs of its variants that feeds, cards and metadata point at.
 */
import type { ArticleImage } from '../schema/stored/article-image'
import { mediaKey, mediaPath, SOCIAL_CARD, socialCardKey, widthAtMost } from '../store/media-keys'

/** The JPEG other sites show: the widest at most 1200 px. */
export function featureImage(image: ArticleImage, origin: string) {
  const width = widthAtMost(image.widths, 1200)
  return {
    url: origin + mediaPath(mediaKey(image.id, width, 'jpg')),
    width,
    height: Math.round((image.height * width) / image.width),
  }
}

/** The 1200×630 crop made for link previews. */
export const socialCard = (image: ArticleImage, origin: string) => ({
  url: origin + mediaPath(socialCardKey(image.id)),
  ...SOCIAL_CARD,
})

/** Ghost's image fields, `null` when the article has no image. */
export function featureImageFields(image: ArticleImage | undefined, origin: string) {
  return {
    feature_image: image ? featureImage(image, origin).url : null,
    feature_image_alt: image?.alt ?? null,
    feature_image_caption: image?.caption ?? null,
    feature_image_credit: image?.credit ?? null,
  }
}
