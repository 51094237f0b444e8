import { describe, expect, it } from 'vitest'
import { buildTimeline, describeTimeline, rangeOfBins, type TimelineItem } from '../../../src/research/timeline-bins.ts'

const item = (date: string, topics: string[] = [], speakers: string[] = []): TimelineItem => ({
  date,
  topics,
  speakers: speakers.map((id) => ({ id })),
})

describe('timeline bins', () => {
  it('bins a short range by month, including empty months, with real month ends', () => {
    const t = buildTimeline([item('2016-01-15'), item('2016-04-07'), item('2016-04-30'), item('2016-02-29')])
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
    const t = buildTimeline([item('2014-05-01'), item('2019-02-02'), item('2019-11-11'), item('2024-12-31')])
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
    const t = buildTimeline(items, { stack: 'topic', label: (id) => id.toUpperCase() })
    expect(t.series.map((s) => [s.id, s.label, s.count])).toEqual([
      ['a', 'A', 2],
      ['b', 'B', 1],
      ['none', 'No topic', 1],
    ])
    for (const bin of t.bins) expect(bin.segments.reduce((n, s) => n + s.count, 0)).toBe(bin.total)
  })

  it('gathers the smaller series into "others" past five', () => {
    const speakers = ['s1', 's1', 's2', 's2', 's3', 's4', 's5', 's6', 's7']
    const t = buildTimeline(speakers.map((s, i) => item(`2020-0${1 + (i % 9)}-01`, [], [s])), { stack: 'speaker' })
    expect(t.series).toHaveLength(6)
    expect(t.series.at(-1)).toMatchObject({ id: 'other', label: '2 others', count: 2 })
  })

  it('turns a click or a brush, in either direction, into a date range', () => {
    const t = buildTimeline([item('2016-01-15'), item('2016-04-07')])
    expect(rangeOfBins(t, 1, 1)).toEqual({ from: '2016-02-01', to: '2016-02-29' })
    expect(rangeOfBins(t, 3, 0)).toEqual({ from: '2016-01-01', to: '2016-04-30' })
  })

  it('has no bars for no statements', () => {
    expect(buildTimeline([]).bins).toEqual([])
  })
})
