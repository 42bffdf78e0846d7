/**
 * Images for the tests, generated with sharp (no photo is ever committed or invented as news):
 * flat colour fields with a block in one corner, so a crop or a rotation shows. `withImages`
 * copies `content/` and gives the seed article a generated hero image and body image.
 */
import sharp from 'sharp'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { checkAndBuild } from '../src/publish/build-content'
import { bulkPair } from '../src/publish/records/kv-value'
import type { SeedRecord } from './seed-value'

type ImageSpec = {
  width: number
  height: number
  format?: 'jpeg' | 'png' | 'webp' | 'avif'
  /** EXIF orientation to write (6: the camera was turned a quarter to the right). */
  orientation?: number
  /** GPS and camera EXIF, as a phone writes it. */
  exif?: boolean
}

/** A generated test image's bytes. */
export async function testImage({
  width,
  height,
  format = 'jpeg',
  orientation,
  exif,
}: ImageSpec): Promise<Buffer> {
  const block = { width: Math.ceil(width / 4), height: Math.ceil(height / 4) }
  let image = sharp({
    create: { width, height, channels: 3, background: { r: 40, g: 90, b: 150 } },
  }).composite([
    {
      input: { create: { ...block, channels: 3, background: { r: 240, g: 190, b: 40 } } },
      left: 0,
      top: 0,
    },
  ])
  if (orientation || exif)
    image = image.withMetadata({
      ...(orientation ? { orientation } : {}),
      ...(exif
        ? {
            exif: {
              IFD0: { Make: 'TestCamera', Model: 'Generated' },
              IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 2/1 0/1' },
            },
          }
        : {}),
    })
  return image.toFormat(format).toBuffer()
}

export const NK_FILE = 'north-korea-russia-relations.md'

/**
 * A copy of `content/` in which the seed article has `hero` (a path under images/) with alt text,
 * caption and credit, and the body ends with `body` images; the files come from `images`.
 */
export function withImages(
  images: Record<string, Buffer>,
  hero: string | null,
  body: string[] = []
): string {
  const dir = mkdtempSync(join(tmpdir(), 'minbar-images-'))
  const content = join(dir, 'content')
  cpSync('content', content, { recursive: true })
  mkdirSync(join(content, 'images'), { recursive: true })
  for (const [name, bytes] of Object.entries(images)) writeFileSync(join(content, name), bytes)
  const path = join(content, 'articles', NK_FILE)
  let text = readFileSync(path, 'utf8')
  if (hero)
    text = text.replace(
      '\ntags:',
      `\nimage:\n  src: ${hero}\n  alt: "صورة اختبار مولّدة: مستطيل أصفر على أزرق"\n  caption: "صورة مولّدة للاختبار"\n  credit: "تصوير: منبر (اختبار)"\ntags:`
    )
  text += body.map((src) => `\n![مستطيل أصفر على أزرق](${src})\n`).join('')
  writeFileSync(path, text)
  return content
}

/** A published site with images, for tests that load it: its KV records and its R2 objects. */
export type ImageSite = {
  records: SeedRecord[]
  /** `[key, bytes in base64]` */
  objects: Array<[key: string, base64: string]>
}

/** `content` published by the real pipeline, as records and objects a test can load. */
export async function publishedSite(content: string): Promise<ImageSite> {
  const built = await checkAndBuild(content, Date.now(), join(dirname(content), 'media-cache'))
  if (!built.ok) throw new Error(JSON.stringify(built.problems, null, 2))
  return {
    records: [...built.built.records].map(([key, value]) => {
      const pair = bulkPair(key, value)
      return [key, pair.value, pair.base64 === true]
    }),
    objects: [...built.media.objects.values()].map(({ key, path }) => [
      key,
      readFileSync(path).toString('base64'),
    ]),
  }
}

/**
 * The seed with a generated 1700×1000 hero image on the North Korea–Russia article, and a
 * 1000×600 PNG in its body, published by the real pipeline.
 */
export async function imageSite(): Promise<ImageSite> {
  const content = withImages(
    {
      'images/hero.jpg': await testImage({ width: 1700, height: 1000, exif: true }),
      'images/diagram.png': await testImage({ width: 1000, height: 600, format: 'png' }),
    },
    'images/hero.jpg',
    ['images/diagram.png']
  )
  return publishedSite(content)
}
