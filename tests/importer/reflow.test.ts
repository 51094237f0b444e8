// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { countLetters, lettersKept, reflowParagraphs, splitLines } from '../../src/importer/reflow.ts'
import { paragraph, wrap } from './ungdc-fixture.ts'

const reflow = (text: string) => reflowParagraphs(splitLines(text))

describe('reflowParagraphs', () => {
  it('keeps one paragraph a line as it is', () => {
    expect(reflow('First paragraph, said in full.\nSecond one.\n\nThird one.')).toEqual(['First paragraph, said in full.', 'Second one.', 'Third one.'])
  })

  it('joins a line that goes on in lower case after one that did not end a sentence', () => {
    expect(reflow('Ours is a country based on the rights that are\n\nenshrined in our Charter.\nNext.')).toEqual(['Ours is a country based on the rights that are enshrined in our Charter.', 'Next.'])
  })

  it('rebuilds blank-separated hard-wrapped paragraphs, even where a sentence ends at a line end', () => {
    const first = `${paragraph(0, 2)} So it is. ${paragraph(2, 2)}`
    const lines = [...wrap(first, 40), '', ...wrap(paragraph(4, 2), 40)]
    expect(reflow(lines.join('\n'))).toEqual([first, paragraph(4, 2)])
  })

  it('finds paragraph ends in hard-wrapped text without blank lines, by short last lines and numbers', () => {
    const paragraphs = ['1. ' + paragraph(0, 2), '2. ' + paragraph(2, 3), '3. ' + paragraph(5, 2)]
    expect(reflow(paragraphs.map((p) => wrap(p, 50).join('\n')).join('\n'))).toEqual(paragraphs)
  })

  it('does not take a year at a line start for a paragraph number', () => {
    const text = [
      '1. The Charter was signed by the founding Members in',
      '1945. Its principles have endured since that year and',
      'they will endure for many years yet to come, we hope, as',
      'long as the Members of this Organization keep faith.',
    ].join('\n')
    expect(reflow(text)).toHaveLength(1)
  })

  it('keeps a word hyphenated at a line end whole, and a soft hyphen invisible', () => {
    expect(reflow('the spirit of self-\ncriticism that we all need in such times and\nin many other times that may come to us soon.')).toEqual([
      'the spirit of self-criticism that we all need in such times and in many other times that may come to us soon.',
    ])
    expect(reflow('an inter\u00ad\nnational order of the kind we all long for, and\nthat all of us would like to see in our days here.\nMore text.')[0]).toMatch(/^an international order/)
  })

  it('reads CRLF and lone CR line ends', () => {
    expect(reflow('One.\r\nTwo.\rThree.')).toEqual(['One.', 'Two.', 'Three.'])
  })
})

describe('letters kept', () => {
  it('counts letters of any script, and nothing else', () => {
    expect(countLetters('Ab 12, “Éé” – Ωж 中文 𝒜!')).toBe(9)
  })

  it('is the share of the source letters found in the paragraphs', () => {
    expect(lettersKept('abcd\nefgh', ['abcd efgh'])).toBe(1)
    expect(lettersKept('abcd efgh', ['abcd'])).toBe(0.5)
    expect(lettersKept('12 34', [])).toBe(1)
  })
})
