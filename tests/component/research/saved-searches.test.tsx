import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  addSavedSearch,
  serializeSavedSearches,
} from '../../../src/research/saved-search-store.ts'
import { SAVED_SEARCHES_KEY, SET_ASIDE_PREFIX } from '../../../src/research/saved-search-keys.ts'
import { SEED_ID } from '../../fixtures/corpus.ts'
import { renderApp } from '../render-app.tsx'

// The whole app renders in jsdom for each test; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 20_000 })

const at = new Date('2026-01-01T00:00:00Z')

function stored() {
  return JSON.parse(localStorage.getItem(SAVED_SEARCHES_KEY) ?? '{}') as { searches: Array<{ name: string; search: string }> }
}

beforeEach(() => localStorage.clear())
afterEach(() => vi.restoreAllMocks())

describe('saved searches', () => {
  it('saves the current search under a chosen name and lists it with its count', async () => {
    const { user } = renderApp('/?q=kaljurand')
    await user.click(await screen.findByRole('button', { name: 'Save search' }))
    const name = screen.getByRole('textbox', { name: 'Name' })
    expect(name).toHaveValue('“kaljurand”')
    await user.clear(name)
    await user.type(name, 'Kaljurand on cyber')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const panel = await screen.findByRole('region', { name: 'Saved searches' })
    expect(within(panel).getByRole('link', { name: 'Kaljurand on cyber' })).toHaveAttribute('href', '/?q=kaljurand')
    expect(within(panel).getByText('1 match')).toBeInTheDocument()
    expect(within(panel).queryByText(/new since/)).toBeNull()
    expect(screen.getByText('Saved “Kaljurand on cyber”: see Saved searches, under the filters')).toBeInTheDocument()
    expect(stored().searches).toEqual([expect.objectContaining({ name: 'Kaljurand on cyber', search: '?q=kaljurand' })])
  })

  it('shows what is new since a search was last opened, and resets it on opening', async () => {
    // Saved when only the seed matched: every other statement in the corpus is new since.
    const saved = addSavedSearch([], { id: 'abc', name: 'Everything', search: '', seenIds: [SEED_ID] }, at)
    localStorage.setItem(SAVED_SEARCHES_KEY, serializeSavedSearches(saved))
    const { user, currentUrl } = renderApp('/?q=kaljurand')
    const panel = await screen.findByRole('region', { name: 'Saved searches' })
    // Counted by the search service, as the page would run the search.
    expect(await within(panel).findByText('41 matches')).toBeInTheDocument()
    expect(within(panel).getByText('40 new since you last looked')).toBeInTheDocument()
    await user.click(within(panel).getByRole('link', { name: 'Everything' }))
    await waitFor(() => expect(currentUrl()).toBe('/'))
    await waitFor(() => expect(within(panel).queryByText(/new since you last looked/)).toBeNull())
  })

  it('renames and deletes a saved search', async () => {
    localStorage.setItem(SAVED_SEARCHES_KEY, serializeSavedSearches(addSavedSearch([], { id: 'abc', name: 'Old name', search: '?q=cyber', seenIds: [] }, at)))
    const { user } = renderApp('/')
    const panel = await screen.findByRole('region', { name: 'Saved searches' })
    await user.click(within(panel).getByRole('button', { name: 'Rename “Old name”' }))
    const input = within(panel).getByRole('textbox', { name: 'New name for “Old name”' })
    await user.clear(input)
    await user.type(input, 'New name{Enter}')
    expect(await within(panel).findByRole('link', { name: 'New name' })).toBeInTheDocument()
    expect(stored().searches.map((s) => s.name)).toEqual(['New name'])

    await user.click(within(panel).getByRole('button', { name: 'Delete “New name”' }))
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Saved searches' })).toBeNull())
    expect(stored().searches).toEqual([])
  })

  it('follows changes made in another tab', async () => {
    renderApp('/')
    await screen.findByRole('searchbox', { name: /Search 41 statements/ })
    expect(screen.queryByRole('region', { name: 'Saved searches' })).toBeNull()
    const value = serializeSavedSearches(addSavedSearch([], { id: 'tab2', name: 'From the other tab', search: '?topic=eu-nato', seenIds: [] }, at))
    act(() => {
      localStorage.setItem(SAVED_SEARCHES_KEY, value)
      window.dispatchEvent(new StorageEvent('storage', { key: SAVED_SEARCHES_KEY, newValue: value }))
    })
    expect(await screen.findByRole('link', { name: 'From the other tab' })).toBeInTheDocument()
  })

  it('sets corrupt stored data aside with a notice, keeping the valid searches', async () => {
    const valid = addSavedSearch([], { id: 'ok1', name: 'Still here', search: '?q=nato', seenIds: [] }, at)[0]
    localStorage.setItem(SAVED_SEARCHES_KEY, JSON.stringify({ version: 1, searches: [valid, { id: 7, name: null }] }))
    const { user } = renderApp('/')
    const panel = await screen.findByRole('region', { name: 'Saved searches' })
    expect(within(panel).getByRole('alert')).toHaveTextContent(/unreadable saved search.*set aside/)
    expect(within(panel).getByRole('link', { name: 'Still here' })).toBeInTheDocument()
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(SET_ASIDE_PREFIX))
    expect(aside).toHaveLength(1)
    expect(JSON.parse(localStorage.getItem(aside[0] as string) ?? '')).toEqual([{ id: 7, name: null }])
    await user.click(within(panel).getByRole('button', { name: 'Dismiss' }))
    expect(within(panel).queryByRole('alert')).toBeNull()
  })

  it('keeps the searches it has when the storage is full', async () => {
    const before = serializeSavedSearches(addSavedSearch([], { id: 'ok1', name: 'Kept', search: '', seenIds: [] }, at))
    localStorage.setItem(SAVED_SEARCHES_KEY, before)
    const { user } = renderApp('/?q=nato')
    await screen.findByRole('link', { name: 'Kept' })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await user.click(screen.getByRole('button', { name: 'Save search' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage .* is full/)
    expect(localStorage.getItem(SAVED_SEARCHES_KEY)).toBe(before)
    expect(screen.getByRole('link', { name: 'Kept' })).toBeInTheDocument()
  })
})
