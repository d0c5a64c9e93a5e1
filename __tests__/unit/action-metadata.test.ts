/**
 * action.yml is code: GitHub refuses the whole action when it does not parse, before a
 * line of ours runs. Parsed strictly here, checked against the metadata rules, and
 * held in step with the README's tables.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseStrictYaml, readActionMetadata, REPO_ROOT } from '../helpers/action-metadata.js'

// The colours and (Feather) icons GitHub's marketplace accepts for `branding`.
const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']
const SOME_BRANDING_ICONS = ['book-open', 'book', 'bell', 'calendar', 'check-circle', 'clipboard', 'edit', 'edit-3', 'flag', 'bookmark']

const meta = readActionMetadata()

describe('action.yml', () => {
  test('parses strictly (unique keys, no plain scalar with ": ")', () => {
    expect(() => parseStrictYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))).not.toThrow()
  })

  test('a plain scalar holding ": " is refused by the same parser (the bug this guards against)', () => {
    expect(() => parseStrictYaml('description: needs `issues: write` here\n')).toThrow()
    expect(() => parseStrictYaml('a: 1\na: 2\n')).toThrow()
  })

  test('has a name, a marketplace-sized description, and branding GitHub accepts', () => {
    expect(typeof meta.name).toBe('string')
    expect(typeof meta.description).toBe('string')
    expect((meta.description as string).length).toBeLessThan(125)
    expect(BRANDING_COLORS).toContain(meta.branding?.color)
    expect(SOME_BRANDING_ICONS).toContain(meta.branding?.icon)
  })

  test('runs on node24 from a file that exists in the repository', () => {
    expect(meta.runs?.using).toBe('node24')
    expect(typeof meta.runs?.main).toBe('string')
    expect(existsSync(join(REPO_ROOT, meta.runs?.main as string))).toBe(true)
  })

  test('every input has a description and a string default (or none)', () => {
    const inputs = Object.entries(meta.inputs ?? {})
    expect(inputs.length).toBeGreaterThan(0)
    for (const [name, input] of inputs) {
      expect([name, typeof input.description]).toEqual([name, 'string'])
      expect((input.description as string).trim()).not.toBe('')
      if (input.default !== undefined) expect([name, typeof input.default]).toEqual([name, 'string'])
      if (input.required !== undefined) expect([name, typeof input.required]).toEqual([name, 'boolean'])
      expect(Object.keys(input).every((k) => ['description', 'default', 'required', 'deprecationMessage'].includes(k))).toBe(true)
    }
  })

  test('every output has a description and nothing else (a JavaScript action sets outputs at run time)', () => {
    const outputs = Object.entries(meta.outputs ?? {})
    expect(outputs.length).toBeGreaterThan(0)
    for (const [name, output] of outputs) {
      expect([name, typeof output.description]).toEqual([name, 'string'])
      expect(Object.keys(output)).toEqual(['description'])
    }
  })

  test('only the top-level keys GitHub knows', () => {
    const allowed = ['name', 'description', 'author', 'inputs', 'outputs', 'runs', 'branding']
    expect(Object.keys(meta).filter((k) => !allowed.includes(k))).toEqual([])
  })
})

/** Rows `| \`name\` | default | meaning |` of the README table under the given heading. */
function readmeTable(markdown: string, heading: string): Map<string, string[]> {
  const start = markdown.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`README has no "${heading}" heading`)
  const rows = new Map<string, string[]>()
  const lines = markdown.slice(start + heading.length + 2).split('\n')
  let inTable = false
  for (const line of lines) {
    if (line.startsWith('|')) inTable = true
    else if (inTable) break
    else if (/^#{1,6} /.test(line)) break
    if (!line.startsWith('| `')) continue
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim())
    // A row may name several outputs at once: `a`, `b`, `c`.
    for (const name of [...(cells[0] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '')) rows.set(name, cells.slice(1))
  }
  return rows
}

describe.each([
  ['README.md', '### Inputs', '### Outputs'],
  ...(existsSync(join(REPO_ROOT, 'README.ko.md')) ? [['README.ko.md', '### 입력', '### 출력']] : [])
])("%s lists exactly action.yml's inputs and outputs", (file, inputsHeading, outputsHeading) => {
  const readme = readFileSync(join(REPO_ROOT, file as string), 'utf8')

  test('inputs, with the same defaults', () => {
    const table = readmeTable(readme, inputsHeading as string)
    expect([...table.keys()].sort()).toEqual(Object.keys(meta.inputs ?? {}).sort())
    for (const [name, input] of Object.entries(meta.inputs ?? {})) {
      const shown = table.get(name)?.[0] ?? ''
      const expected = input.default === undefined || input.default === '' ? '' : `\`${String(input.default)}\``
      expect([name, shown]).toEqual([name, expected])
    }
  })

  test('outputs', () => {
    const table = readmeTable(readme, outputsHeading as string)
    expect([...table.keys()].sort()).toEqual(Object.keys(meta.outputs ?? {}).sort())
  })
})

describe('YAML that learners copy or GitHub runs', () => {
  const workflowsDir = join(REPO_ROOT, '.github', 'workflows')
  const workflowFiles = existsSync(workflowsDir) ? readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f)) : []

  test.each(['README.md', ...(existsSync(join(REPO_ROOT, 'README.ko.md')) ? ['README.ko.md'] : [])])(
    'every ```yaml block in %s parses strictly',
    (file) => {
      const readme = readFileSync(join(REPO_ROOT, file), 'utf8')
      const blocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '')
      expect(blocks.length).toBeGreaterThan(0)
      for (const block of blocks) expect(() => parseStrictYaml(block)).not.toThrow()
    }
  )

  test('README workflow examples use the action with inputs it has', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    const inputs = new Set(Object.keys(meta.inputs ?? {}))
    const blocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => parseStrictYaml(m[1] ?? '') as Record<string, unknown>)
    const steps = blocks.flatMap((b) =>
      Object.values((b?.jobs ?? {}) as Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>).flatMap(
        (j) => j.steps ?? []
      )
    )
    const ours = steps.filter((s) => /til-keeper@/.test(s.uses ?? ''))
    expect(ours.length).toBeGreaterThan(0)
    for (const step of ours) for (const key of Object.keys(step.with ?? {})) expect([key, inputs.has(key)]).toEqual([key, true])
  })

  test.each(workflowFiles.length ? workflowFiles : ['(none yet)'])('workflow %s parses strictly and has on: and jobs:', (file) => {
    if (file === '(none yet)') return
    const doc = parseStrictYaml(readFileSync(join(workflowsDir, file), 'utf8')) as Record<string, unknown>
    expect(doc).toHaveProperty('on')
    expect(doc).toHaveProperty('jobs')
  })
})
