import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../render-app.tsx'

vi.setConfig({ testTimeout: 20_000 })

describe('keyboard', () => {
  it('"/" focuses the search box, arrows move through results, Enter opens one', async () => {
    const { user, currentUrl } = renderApp('/?topic=eu-nato')
    const box = await screen.findByRole('searchbox', { name: /Search 41 statements/ })
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.querySelector('a') as HTMLAnchorElement)
    await user.keyboard('/')
    expect(box).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(titles[0]).toHaveFocus()
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}')
    expect(titles[1]).toHaveFocus()
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(box).toHaveFocus()
    await user.keyboard('{ArrowDown}{Enter}')
    await waitFor(() => expect(currentUrl()).toMatch(/^\/statements\/.+\?topic=eu-nato$/))
  })

  it('Esc clears the search box and the query in the URL', async () => {
    const { user, currentUrl } = renderApp('/?q=cyber')
    const box = await screen.findByRole('searchbox', { name: /Search 41 statements/ })
    await user.click(box)
    await user.keyboard('{Escape}')
    await waitFor(() => expect(currentUrl()).toBe('/'))
    expect(box).toHaveValue('')
  })

  it('"/" typed into the search box is just a character', async () => {
    const { user } = renderApp('/')
    const box = await screen.findByRole('searchbox', { name: /Search 41 statements/ })
    await user.click(box)
    await user.keyboard('a/b')
    expect(box).toHaveValue('a/b')
  })
})
