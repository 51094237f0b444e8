// A facet value's id is, nearly always, the slug of its label ("Joe Biden" → joe-biden), so a
// file that carries the labels need not carry those ids too: only the ones that differ. On the
// combined archive that leaves out 4,902 of 4,938 speaker ids, a quarter of the catalog head.

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/

/** A label's usual id; ASCII only, so that every engine's lower-casing agrees. */
export function slugOf(label: string): string | undefined {
  if (!ASCII_PRINTABLE.test(label)) return undefined
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** The ids that are not their label's slug, by place: what a file keeps of `values`. */
export function idsUnlikeLabels(values: readonly string[], labels: readonly string[]): Record<number, string> {
  const ids: Record<number, string> = {}
  values.forEach((id, i) => {
    if (slugOf(labels[i] ?? '') !== id) ids[i] = id
  })
  return ids
}

/** Every id again, from the labels and the ids kept. */
export function idsOf(labels: readonly string[], kept: Readonly<Record<number, string>>): string[] {
  return labels.map((label, i) => kept[i] ?? slugOf(label) ?? label)
}
