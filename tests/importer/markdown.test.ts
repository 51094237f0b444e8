// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { cleanTitle, stripInlineMarkdown } from '../../src/importer/clean-text.ts'
import { markdownToParagraphs } from '../../src/importer/markdown-paragraphs.ts'

describe('cleanTitle', () => {
  it('removes non-breaking spaces, word joiners, escapes and emphasis', () => {
    expect(cleanTitle('Fact Sheet: President Outlines COVID-\u206019 Vaccination\u00a0Plan')).toBe('Fact Sheet: President Outlines COVID-19 Vaccination Plan')
    expect(cleanTitle('*Remarks* by **the** Example\\_Person on \\[Day\\]')).toBe('Remarks by the Example_Person on [Day]')
    expect(cleanTitle('A title folded\n  over two lines')).toBe('A title folded over two lines')
  })
})

describe('stripInlineMarkdown', () => {
  it('keeps link text, drops markup, keeps escaped characters', () => {
    expect(stripInlineMarkdown('See [the plan](https://example.org/plan) and <https://example.org>.')).toBe('See the plan and https://example.org.')
    expect(stripInlineMarkdown('A <s>mispelt</s> \\[misspelt\\] word, 5 \\* 3, snake_case_name')).toBe('A mispelt [misspelt] word, 5 * 3, snake_case_name')
    expect(stripInlineMarkdown('Tom &amp; Jerry&nbsp;&#8212; ***very*** _good_')).toBe('Tom & Jerry — very good')
  })
})

describe('markdownToParagraphs', () => {
  it('joins wrapped lines and makes headings and list items paragraphs of their own', () => {
    const md = [
      '## The Plan',
      '',
      'The first paragraph is',
      'wrapped over lines.',
      '',
      '**Get more people involved**',
      '',
      '-   **Encourage states** to act, including',
      '    people over 65.',
      '-   Second item.',
      '',
      '1.  Numbered item.',
      '2.  Another one.',
      '',
      '> A quoted line',
      '> that continues.',
      '',
      '* * *',
      '',
      'Signed\\',
      'Example Person  ',
      'Washington, D.C.',
    ].join('\n')
    expect(markdownToParagraphs(md)).toEqual([
      'The Plan',
      'The first paragraph is wrapped over lines.',
      'Get more people involved',
      'Encourage states to act, including people over 65.',
      'Second item.',
      '1. Numbered item.',
      '2. Another one.',
      'A quoted line that continues.',
      'Signed',
      'Example Person',
      'Washington, D.C.',
    ])
  })

  it('loses no words', () => {
    const md = 'Alpha *beta* [gamma](http://x.y) \\_delta\\_\n\n-   epsilon\n\n### zeta ###\n\n\u00a0\n\neta'
    const words = markdownToParagraphs(md).join(' ').split(/\s+/)
    expect(words).toEqual(['Alpha', 'beta', 'gamma', '_delta_', 'epsilon', 'zeta', 'eta'])
  })
})
