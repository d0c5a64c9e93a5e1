/**
 * The layering the README's "Layout" section promises: which folder of src/ may import which,
 * and that the section names every folder and top-level file there is.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/action-metadata.js'

const SRC = join(REPO_ROOT, 'src')

/** What each folder may import from the others (itself always). */
const ALLOWED: Record<string, string[]> = {
  log: [],
  calendar: [],
  review: ['log', 'calendar'],
  render: ['log', 'calendar', 'review'],
  reminders: ['log', 'calendar', 'review', 'render', 'github'],
  github: ['files'],
  action: ['log', 'calendar', 'review', 'render', 'reminders', 'github', 'files', 'settings']
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
  )
}

/** The top-level folder or file (without .ts) that every relative import of `file` lands in. */
function importedAreas(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const areas: string[] = []
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const target = join(file, '..', m[1]!)
    const relative = target.slice(SRC.length + 1)
    areas.push(relative.split('/')[0]!.replace(/\.js$/, ''))
  }
  return areas
}

test('each folder of src/ imports only the folders below it in the layering', () => {
  const breaches: string[] = []
  for (const [folder, allowed] of Object.entries(ALLOWED)) {
    for (const file of filesUnder(join(SRC, folder))) {
      for (const area of importedAreas(file)) {
        if (area !== folder && !allowed.includes(area)) breaches.push(`${file.slice(SRC.length + 1)} imports ${area}/`)
      }
    }
  }
  expect(breaches).toEqual([])
})

test('the rule sees a breach: a file that reaches up is reported', () => {
  // The same reading applied to a made-up import, so the test above cannot pass by reading nothing.
  const reviewFile = filesUnder(join(SRC, 'review'))[0]!
  expect(importedAreas(reviewFile).length).toBeGreaterThan(0)
  const area = (spec: string) =>
    join(reviewFile, '..', spec)
      .slice(SRC.length + 1)
      .split('/')[0]!
      .replace(/\.js$/, '')
  expect(area('../render/messages.js')).toBe('render')
  expect(ALLOWED.review).not.toContain(area('../render/messages.js'))
})

test("the README's layout names every folder and top-level file of src/", () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const layout = /### Layout\n[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  const missing = readdirSync(SRC, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? `src/${e.name}/` : e.name))
    .filter((name) => !layout.includes(name))
  expect(layout).not.toBe('')
  expect(missing).toEqual([])
  for (const folder of Object.keys(ALLOWED)) expect(layout).toContain(`src/${folder}/`)
})
