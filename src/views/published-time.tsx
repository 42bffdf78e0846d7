/**
 * @module
 * A `<time>` whose machine value is the ISO string and whose text is the date as the newsroom
 * writes it (its zone, its region's month names, its digits); `withTime` adds the time and zone.
 */
import { displayDate, displayDateTime, type DateStyle } from '../text/display-date'

export function PublishedTime({
  iso,
  dates,
  withTime = false,
}: {
  iso: string
  dates: DateStyle
  withTime?: boolean
}) {
  return (
    <time datetime={iso}>{withTime ? displayDateTime(iso, dates) : displayDate(iso, dates)}</time>
  )
}
