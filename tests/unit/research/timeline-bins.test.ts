import { describe, expect, it } from 'vitest'
import { buildTimeline, describeTimeline, rangeOfBins } from '../../../src/research/timeline-bins.ts'
import { timelineColumnsOf, type TimelineItem } from '../../fixtures/timeline-columns.ts'

// buildTimeline reads columns; these tests describe statements one by one.
const build = (list: Iterable<TimelineItem>, options?: Parameters<typeof buildTimeline>[1]) => buildTimeline(timelineColumnsOf(list), options)

const item = (date: string, topics: string[] = [], speakers: string[] = []): TimelineItem => ({
  date,
  topics,
  speakers: speakers.map((id) => ({ id })),
})

describe('timeline bins', () => {
  it('bins a short range by month, including empty months, with real month ends', () => {
    const t = build([item('2016-01-15'), item('2016-04-07'), item('2016-04-30'), item('2016-02-29')])
    expect(t.unit).toBe('month')
    expect(t.bins.map((b) => [b.key, b.total])).toEqual([
      ['2016-01', 1],
      ['2016-02', 1],
      ['2016-03', 0],
      ['2016-04', 2],
    ])
    expect(t.bins[1]).toMatchObject({ from: '2016-02-01', to: '2016-02-29' })
    expect(describeTimeline(t)).toBe('Timeline: statements per month, 2016. Most in April 2016: 2.')
  })

  it('bins a long range by year', () => {
    const t = build([item('2014-05-01'), item('2019-02-02'), item('2019-11-11'), item('2024-12-31')])
    expect(t.unit).toBe('year')
    expect(t.bins).toHaveLength(11)
    expect(t.bins.find((b) => b.key === '2019')?.total).toBe(2)
    expect(describeTimeline(t)).toBe('Timeline: statements per year, 2014–2024. Most in 2019: 2.')
  })

  it('stacks by first-listed topic, so each bar still adds up to its statements', () => {
    const items = [
      item('2020-01-01', ['a', 'b']),
      item('2020-01-02', ['b']),
      item('2020-01-03', []),
      item('2020-02-01', ['a']),
    ]
    const t = build(items, { stack: 'topic', label: (id) => id.toUpperCase() })
    expect(t.series.map((s) => [s.id, s.label, s.count])).toEqual([
      ['a', 'A', 2],
      ['b', 'B', 1],
      ['none', 'No topic', 1],
    ])
    for (const bin of t.bins) expect(bin.segments.reduce((n, s) => n + s.count, 0)).toBe(bin.total)
  })

  it('gathers the smaller series into "others" past five', () => {
    const speakers = ['s1', 's1', 's2', 's2', 's3', 's4', 's5', 's6', 's7']
    const t = build(speakers.map((s, i) => item(`2020-0${1 + (i % 9)}-01`, [], [s])), { stack: 'speaker' })
    expect(t.series).toHaveLength(6)
    expect(t.series.at(-1)).toMatchObject({ id: 'other', label: '2 others', count: 2 })
  })

  it('turns a click or a brush, in either direction, into a date range', () => {
    const t = build([item('2016-01-15'), item('2016-04-07')])
    expect(rangeOfBins(t, 1, 1)).toEqual({ from: '2016-02-01', to: '2016-02-29' })
    expect(rangeOfBins(t, 3, 0)).toEqual({ from: '2016-01-01', to: '2016-04-30' })
  })

  it('has no bars for no statements', () => {
    expect(build([]).bins).toEqual([])
  })

  it('keeps dates known only to the year out of monthly bars, and counts them apart', () => {
    const items = [
      { date: '2016-03-04', topics: [], speakers: [] },
      { date: '2016-05', topics: [], speakers: [] },
      { date: '2016', topics: [], speakers: [] },
      { date: '2016', topics: [], speakers: [] },
    ]
    const monthly = build(items)
    expect(monthly.unit).toBe('month')
    // The span is the year-only dates' whole year.
    expect(monthly.bins.map((b) => b.key)).toEqual(['2016-01', '2016-02', '2016-03', '2016-04', '2016-05', '2016-06', '2016-07', '2016-08', '2016-09', '2016-10', '2016-11', '2016-12'])
    expect(monthly.bins.filter((b) => b.total).map((b) => [b.key, b.total])).toEqual([['2016-03', 1], ['2016-05', 1]])
    expect(monthly.yearOnly).toBe(2)
    expect(monthly.total).toBe(4)
    // Over many years, the yearly bars count every statement.
    const yearly = build([...items, { date: '1990', topics: [], speakers: [] }])
    expect(yearly.unit).toBe('year')
    expect(yearly.yearOnly).toBe(0)
    expect(yearly.bins.find((b) => b.key === '2016')?.total).toBe(4)
    // An archive dated by years alone is binned by year, however short its span.
    expect(build(items.slice(2)).unit).toBe('year')
  })
})
