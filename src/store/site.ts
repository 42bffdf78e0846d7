/**
 * @module
 * The publication (`v1:site`): its name, sections, pages and policies, which every rendered page
 * shows. Like the content version, it is kept by the isolate for `memoMs` (the `VERSION_MEMO_MS`
 * setting), so a busy isolate reads it about once a second. A site published before `site.yml`
 * existed has none, and is the default publication.
 */
import { boundedMemo } from '../cache/bounded-memo'
import { RECORD_SCHEMA_VERSION } from '../schema/stored/article-record'
import { SiteRecordSchema, type SiteRecord } from '../schema/stored/site-record'
import { DEFAULT_SITE_DESCRIPTION, DEFAULT_SITE_NAME } from '../site'
import { DEFAULT_DATES } from '../text/display-date'
import { siteKey } from './keys'
import { readRecord } from './read-record'

/** The publication of a site that has published no `v1:site`. */
export const DEFAULT_SITE_RECORD: SiteRecord = {
  schema_version: RECORD_SCHEMA_VERSION,
  name: DEFAULT_SITE_NAME,
  description: DEFAULT_SITE_DESCRIPTION,
  timezone: 'UTC',
  logo: null,
  sections: [],
  pages: [],
  policies: { editorial: null, corrections: null },
  dates: DEFAULT_DATES,
}

/** KV's shortest edge-cache time for a read, as for the content version. */
const SITE_CACHE_TTL_SECONDS = 30

/** The last reading, with when it was made: one entry. */
const readings = boundedMemo<{ site: SiteRecord; readAt: number }>('site settings', 1)
const LAST = 'last'

/** The publication, from this isolate's memory when it read it less than `memoMs` before `now`. */
export async function getSite(kv: KVNamespace, now: number, memoMs: number): Promise<SiteRecord> {
  const remembered = readings.get(LAST)
  if (remembered && now >= remembered.readAt && now - remembered.readAt < memoMs)
    return remembered.site
  // A failed read throws, and is not remembered.
  const site =
    (await readRecord(kv, siteKey(), SiteRecordSchema, { cacheTtl: SITE_CACHE_TTL_SECONDS })) ??
    DEFAULT_SITE_RECORD
  readings.set(LAST, { site, readAt: now })
  return site
}
