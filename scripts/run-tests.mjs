// npm test: every check the project has, in order, then one closing line that sums them all:
// "N passed, N failed". Typecheck and lint count as one check each; the vitest projects
// (unit, component, browser) count their tests.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const reports = path.join(root, '.tmp/test-reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const rows = []

function run(label, command, args) {
  console.log(`\n▶ ${label}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env })
  return result.status === 0
}

function check(label, command, args) {
  const ok = run(label, command, args)
  rows.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 })
}

function vitest(label, projects) {
  const file = path.join(reports, `${label}.json`)
  const ok = run(label, bin('vitest'), [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ])
  let passed = 0
  let failed = 1
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'))
    passed = report.numPassedTests ?? 0
    failed = (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
    // A suite that failed to load has no tests to count; it still fails the run.
    if (!ok && failed === 0) failed = 1
    if (ok && passed === 0) failed += 1
  }
  rows.push({ label, passed, failed })
}

check('typecheck', bin('tsc'), ['-p', '.'])
check('lint', bin('eslint'), ['.'])
vitest('unit and component tests', ['unit', 'component'])
if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  vitest('browser tests', ['browser'])
} else {
  console.error('\n✗ browser tests need Chromium at /usr/bin/chromium (apt-get install -y chromium)')
  rows.push({ label: 'browser tests', passed: 0, failed: 1 })
}

const passed = rows.reduce((n, r) => n + r.passed, 0)
const failed = rows.reduce((n, r) => n + r.failed, 0)
console.log('\nSummary')
for (const r of rows) console.log(`  ${r.failed ? '✗' : '✓'} ${r.label}: ${r.passed} passed, ${r.failed} failed`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
