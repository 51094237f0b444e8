/**
 * Puts text on the clipboard; false when the browser refuses (no permission, an insecure
 * context, no Clipboard API at all), so each caller can say what to do instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
