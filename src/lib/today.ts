/**
 * Today as YYYY-MM-DD on the reader's own calendar (local time, not UTC). It is the access date a
 * citation gives and the date in an export's file name, and both should be the day the person
 * sees: in Tallinn at 01:00 it is already the new day while UTC, and so toISOString(), still
 * says yesterday.
 */
export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
