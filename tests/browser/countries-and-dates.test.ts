import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPageForEachTest } from './chromium.ts'

// The country facet and dates known only to the year, in the production build: the facet
// filters and goes into the URL, Back undoes it, and a reload keeps it; the country's page and
// a year-only statement read as recorded.

const baseUrl = inject('baseUrl')

let page: Page
let errors: string[]
openPageForEachTest((opened) => ({ page, errors } = opened))

const pathAndQuery = () => {
  const url = new URL(page.url())
  return decodeURIComponent(`${url.pathname}${url.search}`)
}

describe('countries and dates in Chromium', () => {
  it('filters by country from the facet; Back, forward and reload restore it', async () => {
    await page.goto(`${baseUrl}/?q=lighthouse+keepers`)
    await page.getByText('4 statements match “lighthouse keepers”').waitFor()
    const countries = page.getByRole('group', { name: 'Country' })
    await countries.getByRole('checkbox', { name: /Veloria \(fictional\)/ }).check()
    await expect.poll(pathAndQuery).toBe('/?q=lighthouse+keepers&country=XVL')
    await page.getByText('1 statement matches “lighthouse keepers”').waitFor()
    const row = page.getByRole('article')
    await row.getByText('(year only)').waitFor()
    expect(await row.getByRole('link', { name: 'Veloria (fictional)' }).getAttribute('href')).toBe('/countries/XVL')

    await page.goBack()
    await expect.poll(pathAndQuery).toBe('/?q=lighthouse+keepers')
    await page.getByText('4 statements match “lighthouse keepers”').waitFor()
    await page.goForward()
    await page.reload()
    await page.getByText('1 statement matches “lighthouse keepers”').waitFor()
    expect(await countries.getByRole('checkbox', { name: /Veloria \(fictional\)/ }).isChecked()).toBe(true)
    expect(errors).toEqual([])
  })

  it('opens a country page from a result, and a year-only statement from there', async () => {
    await page.goto(`${baseUrl}/?q=lighthouse+keepers&country=XVL`)
    await page.getByRole('article').getByRole('link', { name: 'Veloria (fictional)' }).click()
    await page.getByRole('heading', { level: 1, name: 'Veloria (fictional)' }).waitFor()
    expect(pathAndQuery()).toBe('/countries/XVL')
    await page.getByRole('link', { name: 'Veloria at the General Debate, 71st session (2016)' }).click()
    await page.getByRole('heading', { level: 1, name: /Veloria at the General Debate/ }).waitFor()
    const kicker = await page.locator('.statement__kicker').textContent()
    expect(kicker).toContain('2016 (year only)')
    expect(errors).toEqual([])
  })
})
