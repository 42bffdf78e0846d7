/**
 * @module
 * A static page of the site («من نحن», «سياسة التحرير»): its title and its text, which the publish
 * step rendered from Markdown and sanitised.
 */
import { raw } from 'hono/html'
import type { PageRecord } from '../schema/stored/page-record'
import type { Crumb } from '../seo/structured-data'
import { Breadcrumbs } from './breadcrumbs'

export function StaticPage({ page, crumbs }: { page: PageRecord; crumbs: Crumb[] }) {
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <article>
        <h1>{page.title}</h1>
        <div class="article-body">{raw(page.html)}</div>
      </article>
    </>
  )
}
