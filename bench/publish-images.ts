/**
 * `npm run bench:publish -- --images [N]` (and the end of a plain `npm run bench:publish`): a
 * local publish of the seed plus N articles, each with its own generated 3000×2000 JPEG hero
 * image, into a fresh local KV and R2, twice: cold (every variant encoded and stored), then again
 * with nothing changed (nothing encoded, nothing written).
 */
import sharp from 'sharp'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLocalKv } from '../src/publish/plan/local-kv'
import { planLine } from '../src/publish/plan/plan'
import { publish } from '../src/publish/publish'

/** A generated photo-sized image: a colour gradient with a block, different for each `n`. */
async function benchImage(n: number): Promise<Buffer> {
  const width = 3000
  const height = 2000
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      pixels[i] = (x * 255) / width
      pixels[i + 1] = (y * 255) / height
      pixels[i + 2] = (n * 37) % 256
    }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer()
}

function articleText(n: number): string {
  return `---
title: "مقال اختبار الصور ${n}"
slug: image-bench-${n}
summary: "ملخص مقال اختبار الصور"
published: "2025-04-01T12:00:00+03:00"
section: world
source:
  name: منبر
image:
  src: images/bench-${n}.jpg
  alt: "صورة مولّدة لقياس الأداء"
  credit: "منبر (صورة مولّدة)"
---

نص مقال اختبار الصور.
`
}

export async function benchImagePublish(images: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'minbar-bench-images-'))
  try {
    const content = join(dir, 'content')
    cpSync('content', content, { recursive: true })
    mkdirSync(join(content, 'images'))
    for (let n = 1; n <= images; n++) {
      writeFileSync(join(content, 'images', `bench-${n}.jpg`), await benchImage(n))
      writeFileSync(join(content, 'articles', `image-bench-${n}.md`), articleText(n))
    }
    const options = { mediaCache: join(dir, 'media-cache') }
    const target = () => openLocalKv({ persistTo: join(dir, 'state') })
    console.log(`\nlocal publish with ${images} hero images of 3000×2000 (JPEG), twice`)
    console.log(
      'run        seconds   images encoded   MB encoded   encode s   objects stored   plan'
    )
    for (const label of ['cold', 'unchanged']) {
      const started = performance.now()
      const result = await publish(content, target, options)
      const seconds = (performance.now() - started) / 1000
      if (!result.ok) throw new Error(JSON.stringify(result.problems))
      console.log(
        [
          label.padEnd(9),
          seconds.toFixed(1).padStart(9),
          String(result.encoded.images).padStart(16),
          (result.encoded.bytes / 1024 / 1024).toFixed(1).padStart(12),
          (result.encoded.ms / 1000).toFixed(1).padStart(10),
          String(result.plan.mediaWrites.length).padStart(16),
          `   ${planLine(result.plan)}`,
        ].join(' ')
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
