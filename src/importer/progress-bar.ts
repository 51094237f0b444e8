import type { ImportProgress } from './import-files.ts'

// A one-line progress bar for interactive runs. Redraws are throttled: repainting the terminal
// 14,000 times would cost more than the import itself.

const WIDTH = 30
const INTERVAL_MS = 100

export interface ProgressBar {
  update: (progress: ImportProgress) => void
  finish: () => void
}

export function createProgressBar(stream: NodeJS.WriteStream): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, finish: () => undefined }
  const started = Date.now()
  let last = 0
  let drawn = false
  const draw = ({ phase, done, total }: ImportProgress) => {
    const ratio = total === 0 ? 1 : done / total
    const filled = Math.round(ratio * WIDTH)
    const label = phase === 'read' ? 'reading' : 'writing'
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    stream.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total} ${seconds}s\x1b[K`)
    drawn = true
  }
  return {
    update: (progress) => {
      const now = Date.now()
      if (now - last < INTERVAL_MS && progress.done !== progress.total) return
      last = now
      draw(progress)
    },
    finish: () => {
      if (drawn) stream.write('\r\x1b[K')
    },
  }
}
