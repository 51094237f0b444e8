/**
 * JSON to place inside a `<script type="application/ld+json">` element. The element's text ends
 * at the first `</script`, and `<!--` changes how the HTML parser reads what follows, so `<`, `>`
 * and `&` are written as JSON's `\u003c`, `\u003e` and `\u0026`: still the same JSON to any JSON
 * parser, and no markup to the HTML one. U+2028 and U+2029 are escaped too, for any reader that
 * takes the text for JavaScript.
 *
 * Three replacements on JSON.stringify, rather than a library such as serialize-javascript:
 * that one writes JavaScript (functions, dates, regular expressions), and JSON-LD must be JSON.
 */
export function jsonForScript(value: unknown): string {
  return (JSON.stringify(value) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
