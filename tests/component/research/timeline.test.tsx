import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../render-app.tsx'

vi.setConfig({ testTimeout: 20_000 })

/** A bar of the chart, found by its tooltip (the SVG <title> a mouse user sees). */
function bar(title: string) {
  const chart = screen.getByRole('img', { name: /^Timeline:/ })
  return within(chart).getByText(title, { selector: 'title' }).parentElement as Element
}

describe('timeline', () => {
  it('summarises the matches per year in its accessible name', async () => {
    renderApp('/')
    const chart = await screen.findByRole('img', { name: /^Timeline: statements per year, 2014–2025\. Most in \d{4}: \d+\.$/ })
    expect(chart.tagName.toLowerCase()).toBe('svg')
  })

  it('turns to months on a short range', async () => {
    renderApp('/?from=2016-01-01&to=2016-12-31')
    expect(await screen.findByRole('img', { name: /^Timeline: statements per month, 2016\./ })).toBeInTheDocument()
  })

  it('sets the date filter from a click on a bar, and the URL follows', async () => {
    const { user, currentUrl, history } = renderApp('/')
    await screen.findByRole('img', { name: /^Timeline:/ })
    const before = history.length
    await user.click(bar('2016: 6 statements'))
    await waitFor(() => expect(currentUrl()).toBe('/?from=2016-01-01&to=2016-12-31'))
    expect(history.length).toBe(before + 1)
    // The chart now shows the months of 2016, and the filter is a chip like any other.
    expect(await screen.findByRole('img', { name: /statements per month, 2016/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Remove filter From 1 January 2016' })).toBeInTheDocument()
  })

  it('sets a range from a drag across bars, in either direction', async () => {
    const { user, currentUrl } = renderApp('/')
    await screen.findByRole('img', { name: /^Timeline:/ })
    const start = bar('2019: 3 statements')
    const end = bar('2017: 6 statements')
    await user.pointer([{ keys: '[MouseLeft>]', target: start }, { target: end }, { keys: '[/MouseLeft]', target: end }])
    await waitFor(() => expect(currentUrl()).toBe('/?from=2017-01-01&to=2019-12-31'))
  })

  it('offers the periods as buttons for the keyboard', async () => {
    const { user, currentUrl } = renderApp('/')
    await screen.findByRole('img', { name: /^Timeline:/ })
    await user.click(screen.getByText('Pick a year from a list'))
    await user.click(screen.getByRole('button', { name: '2016 — 6 statements' }))
    await waitFor(() => expect(currentUrl()).toBe('/?from=2016-01-01&to=2016-12-31'))
  })

  it('stacks the bars by topic or by speaker, with a legend', async () => {
    const { user } = renderApp('/')
    await screen.findByRole('img', { name: /^Timeline:/ })
    expect(screen.queryByRole('list', { name: /^Colours/ })).toBeNull()
    await user.click(screen.getByRole('radio', { name: 'Speaker' }))
    const legend = screen.getByRole('list', { name: 'Colours: speakers' })
    expect(within(legend).getAllByRole('listitem')).toHaveLength(6)
    expect(within(legend).getByText(/others/)).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Topic' }))
    expect(screen.getByRole('list', { name: 'Colours: topics' })).toBeInTheDocument()
  })
})
