import { describe, expect, it } from 'vitest'
import { compareArchiveOrder } from '../../../src/corpus/archive-order.ts'
import { dateEnd, datePrecision, dateStart, isPartialDate, isRealDate } from '../../../src/corpus/partial-date.ts'
import { formatDate } from '../../../src/lib/format-date.ts'
import { dateEndNumber, dateNumber } from '../../../src/search/filter-sets.ts'

describe('dates known to the day, the month or the year', () => {
  it('accepts a year, a month and a day that exist, and nothing else', () => {
    for (const ok of ['2016', '2016-04', '2016-04-07', '2016-02-29', '1946']) expect(isPartialDate(ok), ok).toBe(true)
    for (const bad of ['16', '2016-4', '2016-13', '2016-00', '2015-02-29', '2016-04-31', '2016-04-07T00', 'April 2016', '']) {
      expect(isPartialDate(bad), bad).toBe(false)
    }
    expect(isRealDate('2016')).toBe(false)
    expect(isRealDate('2016-04-07')).toBe(true)
  })

  it('has the interval of what is known, and says how precise it is', () => {
    expect([dateStart('2016'), dateEnd('2016'), datePrecision('2016')]).toEqual(['2016-01-01', '2016-12-31', 'year'])
    expect([dateStart('2016-02'), dateEnd('2016-02'), datePrecision('2016-02')]).toEqual(['2016-02-01', '2016-02-29', 'month'])
    expect([dateStart('2016-04-07'), dateEnd('2016-04-07'), datePrecision('2016-04-07')]).toEqual(['2016-04-07', '2016-04-07', 'day'])
    // The engine's numbers agree with the strings.
    expect([dateNumber('2016'), dateEndNumber('2016')]).toEqual([20160101, 20161231])
    expect([dateNumber('2016-02'), dateEndNumber('2016-02') >= 20160229, dateEndNumber('2016-02') < 20160301]).toEqual([20160201, true, true])
    expect([dateNumber('2016-04-07'), dateEndNumber('2016-04-07')]).toEqual([20160407, 20160407])
  })

  it('is shown exactly as known, never with an invented day', () => {
    expect(formatDate('2016')).toBe('2016')
    expect(formatDate('2016-04')).toBe('April 2016')
    expect(formatDate('2016-04-07')).toBe('7 April 2016')
  })

  it('sorts by the start of its interval, newest first, ties by id', () => {
    const ids = [
      { id: 'b-year', date: '2016' },
      { id: 'a-year', date: '2016' },
      { id: 'jan-first', date: '2016-01-01' },
      { id: 'april', date: '2016-04' },
      { id: 'april-seventh', date: '2016-04-07' },
      { id: 'older', date: '2015-12-31' },
    ]
      .sort(compareArchiveOrder)
      .map((s) => s.id)
    expect(ids).toEqual(['april-seventh', 'april', 'a-year', 'b-year', 'jan-first', 'older'])
  })
})
