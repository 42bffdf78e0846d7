/**
 * @module
 * «الرئيسية › الوسم › المقال»: where the page sits. The separator is drawn by CSS; the last
 * crumb is the current page.
 */
import type { Crumb } from '../seo/structured-data'
import { BidiText } from './bidi-text'

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav class="breadcrumbs" aria-label="مسار التنقل">
      <ol>
        {crumbs.map((crumb, index) =>
          index === crumbs.length - 1 ? (
            <li aria-current="page">
              <BidiText text={crumb.name} />
            </li>
          ) : (
            <li>
              <a href={crumb.url}>
                <BidiText text={crumb.name} />
              </a>
            </li>
          )
        )}
      </ol>
    </nav>
  )
}
