/**
 * @module
 * A `<time>` whose machine value is the ISO string and whose text is the Arabic date.
 */
import { arabicDate } from '../text/arabic-date'

export function PublishedTime({ iso }: { iso: string }) {
  return <time datetime={iso}>{arabicDate(iso)}</time>
}
