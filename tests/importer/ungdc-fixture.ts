import writeXlsxFile from 'write-excel-file/node'
import type { Sandbox } from './fixtures.ts'

// A small collection in the UN General Debate corpus's layout, written by the tests themselves
// (a fresh clone has no ../shared): fictional speeches and speakers under real country codes
// (the schema accepts only codes it knows), one invented state (VLR, "Veloria"), and the mess
// the real corpus has: hard-wrapped lines with and without blank lines, numbered paragraphs, a
// byte-order mark, CRLF, rows and files that do not meet, duplicate rows, and files that are
// not statements.

/** Greedy hard wrapping at `width` columns, as the corpus's older files are wrapped. */
export function wrap(paragraph: string, width = 60): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

const SENTENCES = [
  'The delegation of our small republic brings greetings from the shores of the inland sea to every nation gathered in this hall.',
  'We have come to speak of harbours, of bridges and of the long patience that peace requires of all of us.',
  'Our fishermen still remember the winter when the ice did not come, and our farmers remember the summer without rain.',
  'No state can face such changes alone, and none should be asked to.',
  'We therefore propose a standing council of river states, open to any Member that shares a watershed with another.',
  'Let this session be remembered for what it built and not for what it merely deplored.',
]

/** A fictional paragraph of `n` sentences, starting at sentence `from`. */
export const paragraph = (from: number, n = 3) =>
  Array.from({ length: n }, (_, i) => SENTENCES[(from + i) % SENTENCES.length]).join(' ')

// Its opening line holds a date and nothing else, as Belize 2002's does: the start of a sentence.
export const EST_PARAGRAPHS = [
  `On 21 September 1991 our country joined the community of nations as an independent state. ${paragraph(0)}`,
  paragraph(1),
  paragraph(2, 4),
  paragraph(3),
]

export const FIN_PARAGRAPHS = ['1. Mr. President, ' + paragraph(0, 2), '2. ' + paragraph(2, 2), '3. ' + paragraph(4, 2)]
export const LVA_PARAGRAPHS = [paragraph(1, 4), paragraph(3, 4), paragraph(5, 2)]

// Hard-wrapped with no blank lines: a paragraph's last line stops short of the width (the
// corpus's Belize 2002 style). The generator makes sure it does.
function wrappedWithoutBlanks(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p, i) => {
      if (i > 0 || !p.startsWith('On 21 September 1991 ')) return wrap(p, 60).join('\n')
      return ['On 21 September 1991', ...wrap(p.slice('On 21 September 1991 '.length), 60)].join('\n')
    })
    .join('\n')
}

export interface TableRowData {
  year: number
  session: number
  iso: string
  country: string
  name: string
  post: string
}

export const ROWS: TableRowData[] = [
  { year: 2016, session: 71, iso: 'EST', country: 'Estonia', name: 'Mr. ADA QUILLFEATHER', post: 'President ' },
  { year: 2016, session: 71, iso: 'FIN', country: 'Finland', name: 'Mira Tallowby', post: 'Minister for Foreign Affairs' },
  // Two rows that agree (case, spacing), two that disagree.
  { year: 2016, session: 71, iso: 'LTU', country: 'Lithuania', name: 'Mr. Orrin Valewood', post: 'Prime Minister' },
  { year: 2016, session: 71, iso: 'LTU', country: 'Lithuania', name: 'Mr. ORRIN VALEWOOD ', post: '' },
  { year: 2016, session: 71, iso: 'ISL', country: 'Iceland', name: 'Mr. Bram Okonkwo-Fairweather', post: 'President' },
  { year: 2016, session: 71, iso: 'ISL', country: 'Iceland', name: 'Ms. Ida Sternhollow', post: 'Minister for Foreign Affairs' },
  // The sheet's own spelling of Portugal, mapped for the join.
  { year: 2016, session: 71, iso: 'POR', country: 'Portugal', name: 'Tomas Ferrowin', post: 'Minister for Foregn Affairs"' },
  { year: 2016, session: 71, iso: 'VLR', country: 'Veloria', name: 'Corwin Ashdale', post: 'Foreign Minister' },
  { year: 1946, session: 1, iso: 'ARG', country: 'Argentina', name: 'Mr. PELLWORTH', post: '' },
  // A row with no file.
  { year: 2016, session: 71, iso: 'NOR', country: 'Norway', name: 'Mr. Nobody Filed', post: 'President' },
]

const HEADER = ['Year', 'Session', 'ISO Code', 'Country', 'Name of Person Speaking', 'Post']
const cells = (r: TableRowData) => [r.year, r.session, r.iso, r.country, r.name, r.post]

export function csvTable(rows: readonly TableRowData[] = ROWS): string {
  const quote = (v: string | number) => (typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  return [HEADER, ...rows.map(cells)].map((r) => r.map(quote).join(',')).join('\n') + '\n'
}

export async function xlsxTable(rows: readonly TableRowData[] = ROWS): Promise<Buffer> {
  const data = [HEADER.map((value) => ({ value })), ...rows.map((r) => cells(r).map((value) => ({ value })))]
  return (await writeXlsxFile(data).toBuffer()) as Buffer
}

const SESSION = 'TXT/Session 71 - 2016'

/** Writes the collection into the sandbox's input folder, with the table as XLSX (the corpus's name) and as CSV. */
export async function writeUngdcTree(box: Sandbox): Promise<void> {
  box.write(`${SESSION}/EST_71_2016.txt`, `\uFEFF${wrappedWithoutBlanks(EST_PARAGRAPHS)}\n`)
  box.write(`${SESSION}/FIN_71_2016.txt`, FIN_PARAGRAPHS.join('\r\n') + '\r\n')
  box.write(`${SESSION}/LVA_71_2016.txt`, LVA_PARAGRAPHS.map((p) => wrap(p, 55).join('\n')).join('\n\n') + '\n')
  box.write(`${SESSION}/LTU_71_2016.txt`, [paragraph(2), paragraph(4)].join('\n') + '\n')
  box.write(`${SESSION}/ISL_71_2016.txt`, [paragraph(3), paragraph(5)].join('\n') + '\n')
  box.write(`${SESSION}/PRT_71_2016.txt`, [paragraph(0), paragraph(1)].join('\n') + '\n')
  box.write(`${SESSION}/VLR_71_2016.txt`, [paragraph(4), paragraph(0)].join('\n') + '\n')
  box.write('TXT/Session 01 - 1946/ARG_01_1946.txt', wrap(paragraph(1, 5), 70).join('\n') + '\n')
  // Files that are not statements.
  box.write(`${SESSION}/.Rhistory`, 'library(tm)\nfiles.path <- "texts"\n')
  box.write('TXT/Session 01 - 1946/.Rapp.history', 'set.seed(100)\n')
  box.write(`${SESSION}/.DS_Store-to-UTF-8.txt`, new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0, 0, 0x10, 0]))
  box.write('README.md', '# A fictional collection\n\nWritten by the tests.\n')
  box.write('Speakers_by_session.xlsx', await xlsxTable())
  box.write('speakers_by_session.csv', csvTable())
}
