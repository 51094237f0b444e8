import { TYPE_LABELS, type StatementType } from '../corpus/schema.ts'
import { LETTERS_KEPT_THRESHOLD, type ImportReport } from './import-files.ts'

// The end-of-run summary a person reads: counts first, then every rejected file with its reason.

const MAX_LISTED = 50

export function formatSummary(report: ImportReport): string {
  const lines: string[] = []
  const statements = report.imported + report.updated + report.unchanged
  lines.push(
    `Imported ${statements} statement(s) from ${report.files} file(s) into ${report.target} in ${(report.elapsedMs / 1000).toFixed(1)} s`,
    `  new ${report.imported} · updated ${report.updated} · unchanged ${report.unchanged} · duplicates merged ${report.duplicates.length} · rejected ${report.rejected.length} · skipped ${report.skipped.length}`,
  )
  for (const c of report.collections) {
    lines.push(`  ${c.root}: collection ${c.profile} (${c.detected ? 'detected' : 'named'}, ${c.file})${c.licence ? `; licence: ${c.licence}` : ''}`)
  }
  const { table } = report
  if (report.collections.some((c) => c.table)) {
    const disagreeing = table.duplicateRows.filter((d) => !d.agree).length
    lines.push(
      `  metadata table: ${table.matched} file(s) matched · ${table.unmatchedFiles.length} with no row (no speaker) · ${table.withoutName.length} whose row names nobody · ${table.unmatchedRows.length} row(s) with no file · ${table.duplicateRows.length} duplicate key(s), ${disagreeing} disagreeing (no speaker)`,
    )
  }
  if (report.letters.measured > 0) {
    lines.push(
      `  letters kept: at least ${(report.letters.min * 100).toFixed(2)}% in every one of ${report.letters.measured} text file(s)${report.letters.minFile && report.letters.min < 1 ? ` (lowest: ${report.letters.minFile})` : ''}; ${report.letters.below.length} below ${LETTERS_KEPT_THRESHOLD * 100}%`,
    )
  }
  const types = (Object.entries(report.byType) as Array<[StatementType, number]>).sort((a, b) => b[1] - a[1])
  if (types.length > 0) lines.push(`  by type: ${types.map(([t, n]) => `${TYPE_LABELS[t].toLowerCase()} ${n}`).join(' · ')}`)
  if (report.topSpeakers.length > 0) {
    lines.push(
      `  speakers: ${report.distinctSpeakers} distinct, ${report.speakersAdded} new in the alias table; top: ${report.topSpeakers.map((s) => `${s.name} ${s.count}`).join(' · ')}`,
    )
  }
  if (!report.speakersFile.updated && report.speakersFile.reason && report.speakersAdded > 0) {
    lines.push(`  alias table ${report.speakersFile.path} left as it was: ${report.speakersFile.reason}`)
  }
  if (report.topTopics.length > 0) lines.push(`  top topics: ${report.topTopics.map((t) => `${t.id} ${t.count}`).join(' · ')}`)
  const list = (title: string, entries: Array<{ file: string; item?: string; text: string }>) => {
    if (entries.length === 0) return
    lines.push(`${title} (${entries.length}):`)
    for (const e of entries.slice(0, MAX_LISTED)) lines.push(`  ${e.file}${e.item ? ` ${e.item}` : ''}: ${e.text}`)
    if (entries.length > MAX_LISTED) lines.push(`  … and ${entries.length - MAX_LISTED} more`)
  }
  list('Rejected', report.rejected.map((r) => ({ ...r, text: r.reason })))
  list('Duplicates merged', report.duplicates.map((d) => ({ ...d, text: `same statement as ${d.id}` })))
  list('Skipped', report.skipped.map((s) => ({ ...s, text: s.reason })))
  list('Files with no row in the metadata table, imported with no speaker', table.unmatchedFiles.map((u) => ({ file: u.file, text: u.key })))
  list('Files whose row names nobody, imported with no speaker', table.withoutName.map((u) => ({ file: u.file, text: `${u.key} (row ${u.rows.join(', ')})` })))
  list('Rows with no file', table.unmatchedRows.map((r) => ({ file: r.table, text: `row ${r.row}: ${r.key}` })))
  list('Duplicate rows', table.duplicateRows.map((d) => ({ file: d.table, text: `rows ${d.rows.join(', ')}: ${d.key}; ${d.agree ? 'they agree' : 'they disagree: no speaker'}` })))
  list('Imported with a note', report.notes)
  list(`Files keeping less than ${LETTERS_KEPT_THRESHOLD * 100}% of their letters`, report.letters.below.map((b) => ({ file: b.file, text: `${(b.kept * 100).toFixed(2)}%` })))
  return lines.join('\n')
}
