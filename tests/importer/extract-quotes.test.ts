// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../src/importer/extract-quotes.ts'

const minister = { id: 'example-person', name: 'Example Person', role: 'Foreign Minister' }

describe('extractQuotes', () => {
  it('attributes by surname, office and pronoun, with the paragraph index', () => {
    const paragraphs = [
      'Intro without quotes, Person spoke.',
      '“We will keep working with our partners on this,” Person said. “Every ally has a part to play in it,” the Foreign Minister added.',
      'Person also met students. “Young people are the future of this region,” she added.',
    ]
    expect(extractQuotes(paragraphs, [minister])).toEqual([
      { speaker: 'example-person', text: 'We will keep working with our partners on this', paragraph: 1 },
      { speaker: 'example-person', text: 'Every ally has a part to play in it', paragraph: 1 },
      { speaker: 'example-person', text: 'Young people are the future of this region', paragraph: 2 },
    ])
  })

  it('attributes a quote introduced before it and one closed by a straight quote', () => {
    const paragraphs = ['Minister Person said: “Our region needs stronger defences now.”', '“This is a typed quote with a slip," Person said.']
    expect(extractQuotes(paragraphs, [minister]).map((q) => q.text)).toEqual(['Our region needs stronger defences now.', 'This is a typed quote with a slip'])
  })

  it('ignores quotes by people who are not speakers, and the pronoun that follows them', () => {
    const paragraphs = ['“We welcome the minister and her plans,” said Other Official. “It is a good day for everyone,” he added.']
    expect(extractQuotes(paragraphs, [minister])).toEqual([])
  })

  it('ignores scare quotes and unattributed quotations', () => {
    const paragraphs = ['Person called it the “new normal” in her remarks.', '“An anonymous sentence of several words here.”']
    expect(extractQuotes(paragraphs, [minister])).toEqual([])
  })
})
