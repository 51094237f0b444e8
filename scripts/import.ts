import { parseArgs } from 'node:util'
import { ConfigError } from '../src/importer/config-files.ts'
import { importPaths } from '../src/importer/import-files.ts'
import { createProgressBar } from '../src/importer/progress-bar.ts'
import { formatSummary } from '../src/importer/summary.ts'

// npm run import -- <file-or-folder>... [--collection <profile>] [--country <code>] [--to <folder>] [--speakers <file>] [--topics <file>]

const USAGE = `Usage: npm run import -- <file-or-folder>... [--collection <profile>] [--country <code>] [--to <folder>] [--speakers <file>] [--topics <file>]
  Imports releases (.txt, .md with YAML front matter, .json, .jsonl) as statements.
  --collection  how to read the folders: a profile file, or a name in collections/ (ungdc,
                wh-briefings, plain-text, json); default: the profile whose detect rules a
                folder meets, else each file by its extension
  --country     the country of every statement (ISO 3166-1 alpha-3, e.g. EST)
  --to          target folder (default data/statements)
  --speakers    alias table (default data/speakers.json)
  --topics      topic rules (default data/topics.json)`

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        collection: { type: 'string' },
        country: { type: 'string' },
        to: { type: 'string' },
        speakers: { type: 'string' },
        topics: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (positionals.length === 0) {
    console.error(USAGE)
    return 2
  }
  const bar = createProgressBar(process.stderr)
  try {
    const report = await importPaths(positionals, {
      ...(values.to ? { to: values.to } : {}),
      ...(values.speakers ? { speakersFile: values.speakers } : {}),
      ...(values.topics ? { topicsFile: values.topics } : {}),
      ...(values.collection ? { collection: values.collection } : {}),
      ...(values.country ? { country: values.country } : {}),
      onProgress: bar.update,
    })
    bar.finish()
    console.error(formatSummary(report))
    return report.rejected.length > 0 ? 1 : 0
  } catch (error) {
    bar.finish()
    console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error)
    return 2
  }
}

process.exitCode = await main()
