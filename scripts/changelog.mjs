// The section of CHANGELOG.md for one version: the release workflow's notes.
// Usage: node scripts/changelog.mjs 1.2.3  (prints the section, or fails naming what is missing)
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The body under `## [version]` (Keep a Changelog), without its heading; null when there is none. */
export function changelogSection(markdown, version) {
  const lines = markdown.split(/\r?\n/)
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`))
  if (start < 0) return null
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((l) => l.startsWith('## ') || /^\[[^\]]+\]: /.test(l))
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = (process.argv[2] ?? '').replace(/^v/, '')
  const section = changelogSection(readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8'), version)
  if (!section) {
    console.error(`CHANGELOG.md has no "## [${version}]" section with notes`)
    process.exit(1)
  }
  console.log(section)
}
