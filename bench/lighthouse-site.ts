/**
 * @module
 * The site `npm run lighthouse` measures: `content/` published by the real pipeline into a
 * temporary folder, with or without a generated hero photo on the seed article, served by the
 * production bundle in workerd with its KV and R2. The photo and its alt text exist only in the
 * temporary copy: `content/` keeps the real seed alone.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkAndBuild } from '../src/publish/build-content'
import { mediaContentType } from '../src/store/media-keys'
import { photoImage } from '../tests/photo-image'
import { firstPublishPlan } from './first-publish-plan'
import { allWrites, bundleWorker, serve, type Served } from './serve-bundle'

export const SEED_SLUG = 'north-korea-russia-relations'

/** Said plainly in the page itself, so nobody mistakes the stand-in for news. */
const HERO_FRONT_MATTER = `image:
  src: images/lighthouse-photo.jpg
  alt: "صورة مولّدة لقياس الأداء: ألوان متدرجة بلا مشهد"
  caption: "صورة مولّدة لقياس الأداء، لا صلة لها بالخبر"
  credit: "منبر (صورة مولّدة)"
`

/** A copy of `content/` under `dir`, the seed article with a generated hero photo when asked. */
async function contentCopy(dir: string, hero: boolean): Promise<string> {
  const content = join(dir, 'content')
  cpSync('content', content, { recursive: true })
  if (hero) {
    mkdirSync(join(content, 'images'), { recursive: true })
    writeFileSync(join(content, 'images', 'lighthouse-photo.jpg'), await photoImage())
    const path = join(content, 'articles', `${SEED_SLUG}.md`)
    const text = readFileSync(path, 'utf8')
    writeFileSync(path, text.replace('\ntags:', `\n${HERO_FRONT_MATTER}tags:`))
  }
  return content
}

/** Publishes the copy (records, content version, image objects) and serves it on a loopback port. */
export async function serveSite(outdir: string, dir: string, hero: boolean): Promise<Served> {
  const content = await contentCopy(dir, hero)
  const built = await checkAndBuild(content, Date.now(), join(dir, 'media-cache'))
  if (!built.ok) throw new Error(JSON.stringify(built.problems, null, 2))
  const writes = allWrites(firstPublishPlan(built.built.records, built.built.links))
  const site = await serve({ ...bundleWorker(outdir), r2Buckets: ['MEDIA'] }, writes)
  const bucket = await site.mf.getR2Bucket('MEDIA')
  for (const { key, path } of built.media.objects.values())
    await bucket.put(key, new Uint8Array(readFileSync(path)).buffer, {
      httpMetadata: { contentType: mediaContentType(key) },
    })
  return site
}
