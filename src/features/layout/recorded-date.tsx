import { datePrecision } from '../../corpus/partial-date.ts'
import { formatDate } from '../../lib/format-date.ts'

/**
 * A statement's date exactly as recorded, saying so when only the year or the month is known,
 * so that "2016" is never read as a day someone forgot to show.
 */
export function RecordedDate({ date }: { date: string }) {
  const precision = datePrecision(date)
  return (
    <>
      <time dateTime={date}>{formatDate(date)}</time>
      {precision === 'day' ? null : <span className="date-precision"> ({precision} only)</span>}
    </>
  )
}
