/**
 * The newsroom corpus publishes and loads: its site, sections and byline are in KV.
 */
import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import type { SectionIndex } from '../../src/schema/stored/list-index'
import type { SiteRecord } from '../../src/schema/stored/site-record'
import { NEWSROOM_NAME, NEWSROOM_SECTIONS, POLITICS_COUNT } from '../newsroom-corpus'
import { loadNewsroom } from './seed'

describe('the newsroom corpus', () => {
  beforeEach(loadNewsroom)

  it('has its twelve sections and a politics list longer than one page', async () => {
    const site = (await env.CONTENT.get<SiteRecord>('v1:site', 'json'))!
    expect(site.name).toBe(NEWSROOM_NAME)
    expect(site.sections).toHaveLength(NEWSROOM_SECTIONS.length)
    const index = (await env.CONTENT.get<SectionIndex>('v1:sections', 'json'))!
    expect(index.sections.find((s) => s.slug === 'politics')?.count).toBe(POLITICS_COUNT)
  })
})
