/**
 * @module
 * The images of a publish: every image a document shows (an article's hero and body images, an
 * author's photo and bio, a page's body, the site's logo) is checked (the file exists, decodes as
 * JPEG, PNG, WebP or AVIF, is at most 20 MB and 40 megapixels, and has alt text), then its
 * variants are made, or taken from the cache of encoded variants when its content address is
 * already there, so an unchanged image is never encoded again. Each document then carries its
 * front-matter image, and its body's `<img>`s point at their variants.
 */
import sharp from 'sharp'
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import type { ArticleImage } from '../../schema/stored/article-image'
import { MEDIA_FORMATS, mediaKey, socialCardKey, variantWidths } from '../../store/media-keys'
import type { SourceArticle } from '../content/check-article'
import type { Problem } from '../content/problems'
import type { RenderedBody } from '../content/render-body'
import { contentHash } from '../plan/content-hash'
import { storedImage, withPictures, type SourceImage } from './body-pictures'
import { encodeVariants, VARIANT_SPEC } from './image-variants'

const MAX_BYTES = 20 * 1024 * 1024
const MAX_PIXELS = 40_000_000
const DECODABLE = new Set(['jpeg', 'png', 'webp', 'heif'])

/** An object to store in R2: its key, and the file in the cache that holds its bytes. */
export type MediaObject = { key: string; path: string }

export type PreparedImages = {
  problems: Problem[]
  /** Every object the published articles use, by key. */
  objects: Map<string, MediaObject>
  /** What this run encoded (nothing, when every image was in the cache). */
  encoded: { images: number; bytes: number; ms: number }
}

/**
 * A document that shows images. Its front-matter image, once checked, is handed to `setImage`;
 * its body's HTML, with pictures, to `setBody`. A draft's images are checked, never made.
 */
export type ImageOwner = {
  file: string
  draft: boolean
  image?: {
    src: string
    line: number
    field: string
    alt: string
    caption?: string
    credit?: string
  }
  body?: RenderedBody
  setImage: (image: ArticleImage) => void
  setBody: (body: RenderedBody) => void
}

type Reference = { owner: ImageOwner; src: string; line: number; field: string }

/** Upright size of a decoded header: orientations 5–8 swap width and height. */
function uprightSize(meta: sharp.Metadata): { width: number; height: number } {
  const swap = (meta.orientation ?? 1) >= 5
  return swap
    ? { width: meta.height, height: meta.width }
    : { width: meta.width, height: meta.height }
}

/** Reads and checks one file; a string is the problem to report at each reference to it. */
async function readSource(contentDir: string, src: string): Promise<SourceImage | string> {
  const images = resolve(contentDir, 'images')
  const path = resolve(contentDir, src)
  if (!path.startsWith(images + sep)) return `الصورة ${src} ليست تحت images/`
  if (!existsSync(path) || !statSync(path).isFile()) return `الملف ${src} غير موجود`
  const size = statSync(path).size
  if (size > MAX_BYTES)
    return `الملف ${src} أكبر من 20 ميغابايت (${(size / 1024 / 1024).toFixed(1)} ميغابايت)`
  const bytes = readFileSync(path)
  let meta: sharp.Metadata
  try {
    meta = await sharp(bytes).metadata()
  } catch {
    return `الملف ${src} ليس صورة JPEG أو PNG أو WebP أو AVIF يمكن قراءتها`
  }
  if (!DECODABLE.has(meta.format) || !meta.width || !meta.height)
    return `الملف ${src} ليس صورة JPEG أو PNG أو WebP أو AVIF يمكن قراءتها`
  if (meta.width * meta.height > MAX_PIXELS)
    return `الصورة ${src} أكبر من 40 ميغابكسل (${meta.width}×${meta.height})`
  const id = contentHash(Buffer.concat([bytes, Buffer.from(`\u0000${VARIANT_SPEC}`)]))
  return { id, ...uprightSize(meta), bytes }
}

/** Every image a document shows: its front-matter image first, then local body images in order. */
function referencesOf(owner: ImageOwner): { refs: Reference[]; problems: Problem[] } {
  const refs: Reference[] = []
  const problems: Problem[] = []
  if (owner.image) {
    const { src, line, field } = owner.image
    refs.push({ owner, src, line, field })
  }
  for (const image of owner.body?.images ?? []) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(image.src)) continue
    if (image.alt === '')
      problems.push({
        severity: 'error',
        file: owner.file,
        line: image.line,
        field: 'body',
        message: `الصورة ${image.src} بلا نص بديل: اكتب وصفها بين القوسين ![…](${image.src})`,
      })
    refs.push({ owner, src: image.src, line: image.line, field: 'body' })
  }
  return { refs, problems }
}

/** Every object key of an image: each width in each format, and the social card. */
function objectKeys(image: Pick<ArticleImage, 'id' | 'widths'>): string[] {
  return [
    ...image.widths.flatMap((width) =>
      MEDIA_FORMATS.map((format) => mediaKey(image.id, width, format))
    ),
    socialCardKey(image.id),
  ]
}

/** Makes (or finds in `cacheDir`) every variant of `source`; returns the bytes it encoded. */
async function cachedVariants(source: SourceImage, cacheDir: string): Promise<number> {
  const keys = objectKeys({ id: source.id, widths: variantWidths(source.width) })
  if (keys.every((key) => existsSync(join(cacheDir, key)))) return 0
  const variants = await encodeVariants(source.bytes, source.id, variantWidths(source.width))
  mkdirSync(cacheDir, { recursive: true })
  let bytes = 0
  for (const variant of variants) {
    // Written aside and renamed: a publish running beside this one never reads half a file.
    const partial = join(cacheDir, `.${variant.key}.${process.pid}.partial`)
    writeFileSync(partial, variant.bytes)
    renameSync(partial, join(cacheDir, variant.key))
    bytes += variant.bytes.length
  }
  return bytes
}

/**
 * Checks every image the documents show and makes their variants into `cacheDir`. On success
 * each document gets its front-matter image and its body HTML shows its images' variants; with
 * any error, or when `encode` is false (the content has other errors), nothing is encoded.
 */
export async function prepareImages(
  contentDir: string,
  owners: ImageOwner[],
  cacheDir: string,
  encode = true
): Promise<PreparedImages> {
  const problems: Problem[] = []
  const refs: Reference[] = []
  for (const owner of owners) {
    const found = referencesOf(owner)
    refs.push(...found.refs)
    problems.push(...found.problems)
  }
  const sources = new Map<string, SourceImage | string>()
  for (const ref of refs) {
    if (!sources.has(ref.src)) sources.set(ref.src, await readSource(contentDir, ref.src))
    const source = sources.get(ref.src)!
    if (typeof source === 'string')
      problems.push({
        severity: 'error',
        file: ref.owner.file,
        line: ref.line,
        field: ref.field,
        message: source,
      })
  }
  const objects = new Map<string, MediaObject>()
  const encoded = { images: 0, bytes: 0, ms: 0 }
  if (problems.length > 0 || !encode) return { problems, objects, encoded }

  const checked = new Map(
    [...sources].flatMap(([src, source]) => (typeof source === 'string' ? [] : [[src, source]]))
  )
  const started = performance.now()
  const used = new Set(refs.filter((ref) => !ref.owner.draft).map((ref) => ref.src))
  for (const src of used) {
    const source = checked.get(src)!
    try {
      const bytes = await cachedVariants(source, cacheDir)
      if (bytes > 0) encoded.images++
      encoded.bytes += bytes
    } catch {
      const ref = refs.find((candidate) => candidate.src === src)!
      problems.push({
        severity: 'error',
        file: ref.owner.file,
        line: ref.line,
        field: ref.field,
        message: `تعذّر فك ترميز الصورة ${src}: الملف تالف أو ليس JPEG أو PNG أو WebP أو AVIF`,
      })
      continue
    }
    for (const key of objectKeys({ id: source.id, widths: variantWidths(source.width) }))
      objects.set(key, { key, path: join(cacheDir, key) })
  }
  encoded.ms = Math.round(performance.now() - started)
  for (const owner of owners) {
    if (owner.image) owner.setImage(storedImage(checked.get(owner.image.src)!, owner.image))
    if (owner.body && owner.body.images.length > 0)
      owner.setBody({ ...owner.body, html: withPictures(owner.body.html, checked) })
  }
  return { problems, objects, encoded }
}

/** An article as a document that shows images: its hero, and its body. */
export function articleImages(article: SourceArticle): ImageOwner {
  const hero = article.frontMatter.image
  return {
    file: article.file,
    draft: article.frontMatter.draft,
    ...(hero
      ? { image: { ...hero, line: article.lineOf(['image', 'src']), field: 'image.src' } }
      : {}),
    body: article.body,
    setImage: (image) => {
      article.image = image
    },
    setBody: (body) => {
      article.body = body
    },
  }
}

/** Where encoded variants are kept between publishes (git-ignored), unless told otherwise. */
export const DEFAULT_MEDIA_CACHE = join('.cache', 'media')
