import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Every test builds its own files in a fresh temporary folder: no fixture is shared with, or
// copied from, the real corpora next to the project.

export const REPO = path.resolve(import.meta.dirname, '../..')
export const TOPICS_FILE = path.join(REPO, 'data/topics.json')

export interface Sandbox {
  root: string
  input: string
  target: string
  speakersFile: string
  write: (relative: string, content: string | Uint8Array) => string
  read: (relative: string) => string
  cleanup: () => void
}

export function sandbox(speakers: unknown[] = []): Sandbox {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'importer-test-'))
  const input = path.join(root, 'input')
  const target = path.join(root, 'statements')
  const speakersFile = path.join(root, 'speakers.json')
  fs.mkdirSync(input, { recursive: true })
  fs.writeFileSync(speakersFile, `${JSON.stringify(speakers, null, 2)}\n`)
  return {
    root,
    input,
    target,
    speakersFile,
    write: (relative, content) => {
      const file = path.join(input, relative)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, content)
      return file
    },
    read: (relative) => fs.readFileSync(path.join(root, relative), 'utf8'),
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  }
}

/** Every file under `dir` with its bytes, to compare two states of a folder. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const name of fs.readdirSync(dir).sort()) out.set(name, fs.readFileSync(path.join(dir, name), 'utf8'))
  return out
}

/** A release in the White House archive's shape, with invented people and events. */
export function whMarkdown(fields: { title: string; date?: string; url?: string; body: string; folded?: boolean }): string {
  const lines = ['---', 'tags: statements-releases']
  if (fields.date) lines.push(`date: '${fields.date}'`)
  if (fields.url) lines.push(`source_url: ${fields.url}`)
  lines.push(`title: ${JSON.stringify(fields.title)}`, '---', ' ', '', fields.body, '')
  return lines.join('\n')
}

/**
 * The seed press release (Estonian Ministry of Foreign Affairs, 7 April 2016), inline so the
 * tests pass on a fresh clone without ../shared: a dateline, a headline, then paragraphs, the
 * last ones separated by single line breaks, one quotation closed by a straight quote.
 */
export const SEED_TEXT = [
  "7 Apr 2016",
  "",
  "Foreign Minister Kaljurand: The EU and NATO must intensify cybersecurity cooperation",
  "",
  "Speaking yesterday at the European Parliament at the EU and NATO high-level seminar on cybersecurity in Brussels, Foreign Minister Marina Kaljurand stressed that cybersecurity must remain a priority for international cooperation, since information technology challenges and solutions are global and interconnected. “Continuous cyberattacks are the new normal these days. Therefore, it is important for us to be prepared and to strengthen both national and cross-border networks and systems,” Kaljurand added.",
  "",
  "Speaking on the subject of cybersecurity, Kaljurand stressed the importance of international and cross-domain cooperation in the European Union and NATO. “We consider it important to strengthen political and operational cybersecurity cooperation and the exchange of information between the EU and NATO. The European Union's wider approach to cybersecurity, and NATO’s more narrowly focused cyber defence activities complement each other. Exchange of information enables better detection of and quick response to incidents,” Kaljurand said, and stressed the need to develop capacity and to plan joint exercises. “We need to continue this work in the EU and NATO; cyberspace security must be guaranteed as a whole,” the Foreign Minister said. Cyber defence is also one of the main topics at the upcoming NATO summit in Warsaw.",
  "Kaljurand also stressed the importance of cooperation in the field of cybersecurity with partner countries and the private sector. “The European Union and NATO could cooperate jointly with the private sector in the field of cyber defence,\" she added.",
  "This was the third cybersecurity seminar organized by MEP Urmas Paet. Other speakers at the workshop included the Director of the NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE) Sven Sakkov, NATO Assistant Secretary General for Emerging Security Challenges Sorin Ducaru and Head of the Security Policy and Space Policy Division at the European External Action Service (EEAS), Ambassador Francois Rivasseau.",
  "",
  "",
].join('\n')
