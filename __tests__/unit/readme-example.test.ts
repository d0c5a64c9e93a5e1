/**
 * The README shows the CLI's output on examples/til-ko.md: keep it true.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from '../../src/cli.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

describe('the README’s CLI example', () => {
  it('is what the CLI prints for the example log', async () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8')
    const block = /```text\n\$ node dist\/cli\.js (check [^\n]+)\n([\s\S]*?)```/.exec(readme)
    expect(block).not.toBeNull()
    const [, command, shown] = block!
    const argv = command!.split(/\s+/)
    argv[1] = resolve(ROOT, argv[1]!)
    const result = await run(argv)
    expect(result.code).toBe(0)
    expect(result.stdout.replace(resolve(ROOT, 'examples/til-ko.md'), 'examples/til-ko.md')).toBe(shown)
  })
})
