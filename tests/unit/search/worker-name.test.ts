import { describe, expect, it } from 'vitest'
import { startFromName, workerName } from '../../../src/service/search-worker-name.ts'

// The search worker's start travels in its name (search-worker-name.ts says why): what the
// page names it with must come back whole, and a name that holds no start must give none, so
// that the worker answers "not started" instead of loading from a wrong base.

describe('the search worker’s name', () => {
  it('carries the start through, whatever the opened address holds', () => {
    const start = { base: '/archive/', manifestFollows: true, opened: { path: '/archive/', search: '?q="cyber defence" -"x y"&speaker=K%C3%A4ljurand' } }
    expect(startFromName(workerName(start))).toEqual(start)
    expect(startFromName(workerName({ base: '/' }))).toEqual({ base: '/' })
  })

  it('gives no start for a name without one', () => {
    for (const name of ['', 'search', 'search {', 'search null', 'search []', 'search {"base":3}', 'other {"base":"/"}', 'search {"base":"/","opened":{"path":1}}']) {
      expect(startFromName(name), name).toBeUndefined()
    }
  })

  it('keeps only what it knows', () => {
    expect(startFromName('search {"base":"/","manifestFollows":"yes","extra":1}')).toEqual({ base: '/' })
  })
})
