/**
 * @module
 * Every tag, most used first, with its article count.
 */
import type { Crumb } from '../seo/structured-data'
import { tagPath } from '../site'
import type { TagCount } from '../store/tags'
import { ARTICLES, arabicCount } from '../text/arabic-count'
import { Breadcrumbs } from './breadcrumbs'

export function TagsPage({ tags, crumbs }: { tags: TagCount[]; crumbs: Crumb[] }) {
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <h1>الوسوم</h1>
      {tags.length === 0 ? (
        <p>لا توجد وسوم بعد.</p>
      ) : (
        <ul class="tags">
          {tags.map((tag) => (
            <li>
              <a href={tagPath(tag.slug)}>{tag.name}</a>{' '}
              <span class="meta">({arabicCount(tag.count, ARTICLES)})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
