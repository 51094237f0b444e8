import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { today } from '../../../src/lib/today.ts'

// Node does not reliably take a new TZ per test, so these times are built in whatever zone the
// run uses, half an hour from local midnight: when that zone is not UTC, the UTC date is the
// other day, and a UTC implementation fails one of the two (east of UTC the first, west the second).
describe('today', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is the local day just after local midnight', () => {
    vi.setSystemTime(new Date(2026, 0, 1, 0, 30))
    expect(today()).toBe('2026-01-01')
  })

  it('is the local day just before local midnight', () => {
    vi.setSystemTime(new Date(2025, 11, 31, 23, 30))
    expect(today()).toBe('2025-12-31')
  })
})
