import sharp from 'sharp'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { getPlatformProxy } from 'wrangler'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkAndBuild } from '../../src/publish/build-content'
import { openLocalKv } from '../../src/publish/plan/local-kv'
import { planLine } from '../../src/publish/plan/plan'
import { publish } from '../../src/publish/publish'
import { ArticleRecordSchema } from '../../src/schema/stored/article-record'
import { NK_FILE, testImage, withImages } from '../image-corpus'
import { readLocalKv, tempDir } from './content-set'

const NK = 'v1:article:north-korea-russia-relations'

/** Every object key in the local R2 bucket persisted at `persistTo`. */
async function localObjects(persistTo: string): Promise<string[]> {
  const proxy = await getPlatformProxy<{ MEDIA: R2Bucket }>({
    persist: { path: persistTo },
    remoteBindings: false,
  })
  try {
    return (await proxy.env.MEDIA.list()).objects.map((object) => object.key).sort()
  } finally {
    await proxy.dispose()
  }
}

const refuse = () => Promise.reject(new Error('the target must not be opened'))

describe('article images at publish time', () => {
  it('reports every image problem at once, with file, line and field, and writes nothing', async () => {
    const content = withImages(
      {
        'images/too-many-pixels.png': await testImage({ width: 7000, height: 6000, format: 'png' }),
        'images/not-an-image.jpg': Buffer.from('هذا ليس صورة'),
        'images/too-big.jpg': Buffer.alloc(21 * 1024 * 1024, 7),
        'images/fine.jpg': await testImage({ width: 600, height: 400 }),
      },
      'images/missing.jpg',
      ['images/not-an-image.jpg', 'images/too-many-pixels.png', 'images/too-big.jpg']
    )
    const path = join(content, 'articles', NK_FILE)
    writeFileSync(path, readFileSync(path, 'utf8') + '\n![](images/fine.jpg)\n')
    const moj = join(content, 'articles', 'moj-uae-university-forensic-medicine.md')
    writeFileSync(
      moj,
      readFileSync(moj, 'utf8').replace('\ntags:', '\nimage:\n  src: images/fine.jpg\ntags:')
    )
    const result = await publish(content, refuse, { mediaCache: tempDir('cache') })
    expect(result.ok).toBe(false)
    const lines = readFileSync(path, 'utf8').split('\n')
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1
    const errors = result.problems
      .filter((problem) => problem.severity === 'error')
      .map(({ file, line, field, message }) => ({
        file: file.split('/').pop(),
        line,
        field,
        message,
      }))
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'moj-uae-university-forensic-medicine.md',
          field: 'image.alt',
          message: 'حقل مطلوب',
        }),
        {
          file: NK_FILE,
          line: lineOf('src: images/missing.jpg'),
          field: 'image.src',
          message: 'الملف images/missing.jpg غير موجود',
        },
        expect.objectContaining({
          line: lineOf('(images/not-an-image.jpg)'),
          field: 'body',
          message: expect.stringContaining('ليس صورة JPEG أو PNG أو WebP أو AVIF') as string,
        }),
        expect.objectContaining({
          line: lineOf('(images/too-many-pixels.png)'),
          message: 'الصورة images/too-many-pixels.png أكبر من 40 ميغابكسل (7000×6000)',
        }),
        expect.objectContaining({
          line: lineOf('(images/too-big.jpg)'),
          message: expect.stringContaining('أكبر من 20 ميغابايت') as string,
        }),
        expect.objectContaining({
          line: lineOf('![](images/fine.jpg)'),
          field: 'body',
          message: expect.stringContaining('بلا نص بديل') as string,
        }),
      ])
    )
  })

  it('makes every width in AVIF, WebP and JPEG, upright, without metadata, never upscaled, and a 1200×630 card', async () => {
    const cache = tempDir('cache')
    const content = withImages(
      {
        // 2000×1300 as stored, turned a quarter by its EXIF: 1300×2000 upright.
        'images/portrait.jpg': await testImage({
          width: 2000,
          height: 1300,
          orientation: 6,
          exif: true,
        }),
        'images/small.png': await testImage({ width: 1000, height: 500, format: 'png' }),
      },
      'images/portrait.jpg',
      ['images/small.png']
    )
    const built = await checkAndBuild(content, Date.now(), cache)
    expect(built.ok).toBe(true)
    const files = readdirSync(cache).filter((name) => !name.startsWith('.'))
    const byId = new Map<string, string[]>()
    for (const name of files) {
      const id = name.slice(0, 22)
      byId.set(id, [...(byId.get(id) ?? []), name.slice(23)])
    }
    const variantSets = [...byId.values()].map((names) => names.sort())
    expect(variantSets).toEqual(
      expect.arrayContaining([
        [
          '1200.avif',
          '1200.jpg',
          '1200.webp',
          '1300.avif',
          '1300.jpg',
          '1300.webp',
          '400.avif',
          '400.jpg',
          '400.webp',
          '800.avif',
          '800.jpg',
          '800.webp',
          'og.jpg',
        ],
        [
          '1000.avif',
          '1000.jpg',
          '1000.webp',
          '400.avif',
          '400.jpg',
          '400.webp',
          '800.avif',
          '800.jpg',
          '800.webp',
          'og.jpg',
        ],
      ])
    )
    for (const name of files) {
      const meta = await sharp(join(cache, name)).metadata()
      const spec = name.slice(23)
      const [size, extension] = spec.split('.') as [string, string]
      expect(meta.format).toBe({ avif: 'heif', webp: 'webp', jpg: 'jpeg' }[extension])
      if (size === 'og') expect([meta.width, meta.height]).toEqual([1200, 630])
      else expect(meta.width).toBe(Number(size))
      expect(meta.exif, `${name} has no EXIF`).toBeUndefined()
      expect(meta.orientation ?? 1).toBe(1)
    }
    // Upright: the portrait's widest variant is taller than wide.
    const portrait = [...byId].find(([, names]) => names.includes('1300.jpg'))![0]
    const widest = await sharp(join(cache, `${portrait}-1300.jpg`)).metadata()
    expect([widest.width, widest.height]).toEqual([1300, 2000])
  })

  it('stores the variants in local R2, counts them in the plan, encodes and uploads nothing again, and deletes them with their last article', async () => {
    const cache = tempDir('cache')
    const persistTo = tempDir('kv')
    const content = withImages(
      { 'images/hero.jpg': await testImage({ width: 1700, height: 1000 }) },
      'images/hero.jpg',
      ['images/hero.jpg']
    )
    const first = await publish(content, () => openLocalKv({ persistTo }), { mediaCache: cache })
    if (!first.ok) throw new Error(JSON.stringify(first.problems))
    expect(first.plan.mediaWrites).toHaveLength(13)
    expect(first.encoded.images).toBe(1)
    expect(first.encoded.bytes).toBeGreaterThan(0)
    expect(planLine(first.plan)).toMatch(/^plan: \d+ to write, 0 to delete, 0 unchanged$/)
    const objects = await localObjects(persistTo)
    expect(objects).toHaveLength(13)
    const record = v.parse(ArticleRecordSchema, JSON.parse((await readLocalKv(persistTo)).get(NK)!))
    expect(record.image).toMatchObject({
      width: 1600,
      height: 941,
      widths: [400, 800, 1200, 1600],
      alt: 'صورة اختبار مولّدة: مستطيل أصفر على أزرق',
      caption: 'صورة مولّدة للاختبار',
      credit: 'تصوير: منبر (اختبار)',
    })
    expect(objects).toContain(`${record.image!.id}-og.jpg`)
    expect(record.html).toContain(
      `<img src="/media/${record.image!.id}-800.jpg" srcset="/media/${record.image!.id}-400.jpg 400w`
    )
    expect(record.html).toContain('loading="lazy" decoding="async"')

    const again = await publish(content, () => openLocalKv({ persistTo }), { mediaCache: cache })
    expect(
      again.ok && [planLine(again.plan), again.encoded.images, again.plan.mediaWrites.length]
    ).toEqual([expect.stringMatching(/^plan: 0 to write, 0 to delete, \d+ unchanged$/), 0, 0])

    // The image's only article drops it: its 13 objects go.
    const path = join(content, 'articles', NK_FILE)
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace(/\nimage:\n(?: {2}.*\n)+/, '\n')
        .replace(/\n!\[[^\]]*\]\(images\/hero\.jpg\)\n/, '\n')
    )
    const removed = await publish(content, () => openLocalKv({ persistTo }), { mediaCache: cache })
    expect(removed.ok && removed.plan.mediaDeletes).toHaveLength(13)
    expect(await localObjects(persistTo)).toEqual([])
  })
})
