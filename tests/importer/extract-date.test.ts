// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { findDateline, parseDateValue } from '../../src/importer/extract-date.ts'

describe('parseDateValue', () => {
  it.each([
    ['2016-04-07', '2016-04-07'],
    ['2021-01-15 16:17:00-05:00', '2021-01-15'],
    ['7 Apr 2016', '2016-04-07'],
    ['April 7, 2016', '2016-04-07'],
    ['Apr. 7, 2016', '2016-04-07'],
    ['Thursday, 7 April 2016', '2016-04-07'],
    ['7th September 2016', '2016-09-07'],
    ['07.04.2016', '2016-04-07'],
    ['2016/04/07', '2016-04-07'],
  ])('%s → %s', (value, expected) => {
    expect(parseDateValue(value)).toBe(expected)
  })

  it.each(['2016-02-30', 'soon', '', 'In a speech on April 7, 2016 the minister said many things at length'])('rejects %j', (value) => {
    expect(parseDateValue(value)).toBeUndefined()
  })

  it('accepts Date objects from YAML timestamps', () => {
    expect(parseDateValue(new Date(Date.UTC(2021, 0, 15)))).toBe('2021-01-15')
  })
})

describe('findDateline', () => {
  it('finds a line that holds only a date, perhaps with a weekday or a place, near the top', () => {
    expect(findDateline(['7 Apr 2016', 'Headline'])).toEqual({ date: '2016-04-07', line: 0, whole: true })
    expect(findDateline(['Thursday, 7 April 2016'])).toMatchObject({ date: '2016-04-07', whole: true })
    expect(findDateline(['BRUSSELS, 7 April 2016'])).toMatchObject({ date: '2016-04-07', whole: true })
    expect(findDateline(['Washington, D.C., April 7, 2016'])).toMatchObject({ date: '2016-04-07', whole: true })
  })

  it('takes a place-and-date lead-in only when asked (Markdown releases)', () => {
    expect(findDateline(['BRUSSELS, April 7, 2016 – The minister said.'])).toBeUndefined()
    expect(findDateline(['BRUSSELS, April 7, 2016 – The minister said.'], 3, { leadIn: true })).toMatchObject({ date: '2016-04-07', whole: false })
  })

  it('never takes the date of a sentence that opens a text', () => {
    // The first line of a hard-wrapped speech: "On 21 September 1981 Belize joined the community…"
    expect(findDateline(['On 21 September 1981', 'Belize joined the community of nations as an'])).toBeUndefined()
    expect(findDateline(['On 21 September 1981'], 3, { leadIn: true })).toBeUndefined()
  })

  it('ignores dates inside sentences and further down', () => {
    expect(findDateline(['The treaty signed on April 7, 2016 was discussed at length by everyone present.'])).toBeUndefined()
    expect(findDateline(['a', 'b', 'c', '7 Apr 2016'])).toBeUndefined()
  })
})
