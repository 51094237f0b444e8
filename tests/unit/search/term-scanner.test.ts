import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanTermIds, scanTerms, TermTable } from '../../../src/search/term-scanner.ts'
import { tokenize } from '../../../src/search/tokenize.ts'

const scan = (text: string) => {
  const out: string[] = []
  scanTerms(text, (t) => out.push(t))
  return out
}

describe('the index build’s tokenizer', () => {
  it('yields exactly the terms of tokenize', () => {
    const pieces = fc.constantFrom('NATO’s', 'Rivasséau', 'e\u0301t\u00e9', 'ﬁnal', '２０２４', '𝐀𝐁', 'Ωmega', ' ', '-', '\u2060', '\u00a0', 'cyber', '😀', 's', 'İstanbul', '.')
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('')
        expect(scan(text)).toEqual(tokenize(text).map((t) => t.term))
      }),
    )
  })
})

describe('the term table', () => {
  it('gives each distinct term one id, the same as scanning then looking up', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('Cyber cyber CYBER', 'Rivasséau rivasseau', ' s S ', 'x'.repeat(40))), { maxLength: 30 }), (parts) => {
        const table = new TermTable()
        const ids: number[] = []
        for (const text of parts) scanTermIds(text, table, (id) => ids.push(id))
        const expected: string[] = []
        for (const text of parts) scanTerms(text, (t) => expected.push(t))
        expect(ids.map((id) => table.terms[id])).toEqual(expected)
        expect(new Set(table.terms).size).toBe(table.size)
      }),
    )
  })

  it('survives growing past its first capacity', () => {
    const table = new TermTable()
    const words = Array.from({ length: 50_000 }, (_, i) => `w${i.toString(36)}`)
    scanTermIds(words.join(' '), table, () => {})
    expect(table.size).toBe(words.length)
    expect(table.idOf('w0')).toBe(0)
    expect(table.terms[table.idOf(words[49_999] as string)]).toBe(words[49_999])
  })
})
