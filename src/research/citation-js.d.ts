// The parts of citation-js this archive uses; the packages ship no types of their own.

declare module '@citation-js/core' {
  export interface CiteItem {
    id: string
    locator?: string
    label?: string
  }
  export interface FormatOptions {
    format?: 'text' | 'html' | 'object'
    template?: string
    lang?: string
    entry?: CiteItem[]
  }
  export class Cite {
    constructor(data: object | object[])
    format(type: 'bibliography' | 'citation' | 'bibtex' | 'data', options?: FormatOptions): string
    format(type: 'ris', options: { format: 'object' }): Array<Record<string, string | string[]>>
  }
  interface Register<T> {
    add(name: string, value: T): void
    has(name: string): boolean
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: Register<string> } }
  }
}

declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'

declare module '@citation-js/name' {
  export function parse(name: string): Record<string, string> | undefined
}
