/**
 * @module
 * The byline: «بقلم فلان وفلان», each name linking to the author's page, in the order the
 * article names them. Arabic joins a list with «و» fused to each name after the first.
 */
import type { AuthorRef } from '../schema/stored/refs'
import { authorPath } from '../site'

export function Byline({ authors }: { authors: readonly AuthorRef[] }) {
  if (authors.length === 0) return null
  return (
    <p class="byline">
      {'بقلم '}
      {authors.map((author, index) => (
        <>
          {index > 0 ? ' و' : ''}
          <a href={authorPath(author.slug)} rel="author">
            {author.name}
          </a>
        </>
      ))}
    </p>
  )
}
