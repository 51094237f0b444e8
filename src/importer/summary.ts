import { TYPE_LABELS, type StatementType } from '../corpus/schema.ts'
import type { ImportReport } from './import-files.ts'

// The end-of-run summary a person reads: counts first, then every rejected file with its reason.

const MAX_LISTED = 50

export function formatSummary(report: ImportReport): string {
  const lines: string[] = []
  const statements = report.imported + report.updated + report.unchanged
  lines.push(
    `Imported ${statements} statement(s) from ${report.files} file(s) into ${report.target} in ${(report.elapsedMs / 1000).toFixed(1)} s`,
    `  new ${report.imported} · updated ${report.updated} · unchanged ${report.unchanged} · duplicates merged ${report.duplicates.length} · rejected ${report.rejected.length} · skipped ${report.skipped.length}`,
  )
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
  return lines.join('\n')
}
