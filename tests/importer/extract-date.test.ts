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
  it('finds a date line or a place-and-date lead-in near the top', () => {
    expect(findDateline(['7 Apr 2016', 'Headline'])).toEqual({ date: '2016-04-07', line: 0, whole: true })
    expect(findDateline(['BRUSSELS, April 7, 2016 – The minister said.'])).toMatchObject({ date: '2016-04-07', whole: false })
  })

  it('ignores dates inside sentences and further down', () => {
    expect(findDateline(['The treaty signed on April 7, 2016 was discussed at length by everyone present.'])).toBeUndefined()
    expect(findDateline(['a', 'b', 'c', '7 Apr 2016'])).toBeUndefined()
  })
})
