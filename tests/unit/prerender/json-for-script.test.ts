import { describe, expect, it } from 'vitest'
import { jsonForScript } from '../../../src/lib/json-for-script.ts'

describe('jsonForScript', () => {
  it('writes <, > and & as JSON escapes, so nothing in it reads as markup', () => {
    const value = { title: '</script><script>alert(1)</script><!-- & -->' }
    const text = jsonForScript(value)
    expect(text).not.toMatch(/[<>&]/)
    expect(text).toBe('{"title":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 --\\u003e"}')
  })

  it('is still the same JSON', () => {
    const value = { a: '<b>&amp;</b>', line: 'x\u2028y\u2029z', n: [1, null, true] }
    const text = jsonForScript(value)
    expect(text).not.toMatch(/[\u2028\u2029]/)
    expect(JSON.parse(text)).toEqual(value)
  })
})
