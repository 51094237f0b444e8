import { formatDate } from '../../lib/format-date.ts'

export function formatSpan(from: string, to: string): string {
  return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`
}
