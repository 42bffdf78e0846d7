/**
 * @module
 * Every tag, most used first, with its article count.
 */
import { tagPath } from '../http/paths'
import type { TagCount } from '../schema/tag-index'
import { ARTICLES, arabicCount } from '../text/arabic-count'

export function TagsPage({ tags }: { tags: TagCount[] }) {
  return (
    <>
      <h1>الوسوم</h1>
      {tags.length === 0 ? (
        <p>لا توجد وسوم بعد.</p>
      ) : (
        <ul class="tags">
          {tags.map((tag) => (
            <li>
              <a href={tagPath(tag.slug)}>{tag.name}</a> <span class="meta">({arabicCount(tag.count, ARTICLES)})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
