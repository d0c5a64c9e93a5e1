import { BlockReader } from '../src/log/blocks.js'
import { readBlocksFast } from '../src/log/fast-blocks.js'
import { inferTemplate } from '../src/log/template.js'
import { assembleEntries } from '../src/log/entries.js'
import { buildVocabulary } from '../src/log/vocabulary.js'
import { parseLog } from '../src/log/parse.js'
import { checkLog } from '../src/review/check.js'
import { checkOptions, resolveSettings } from '../src/settings.js'
import { loadCase, generated } from './cases.js'
const c = loadCase(generated((process.argv[2] ?? 'details') as 'details', 4))
const options = checkOptions(resolveSettings(c.settings), new Date())
const T = () => performance.now()
for (let round = 0; round < (Number(process.argv[3]) || 1); round++) {
  const t0 = T()
  const lines = c.text.split('\n')
  const reader = new BlockReader(lines)
  readBlocksFast(c.text, reader)
  const t1 = T()
  const voc = buildVocabulary(undefined)
  const template = inferTemplate(reader.blocks, voc, null)
  const t2 = T()
  assembleEntries(reader.blocks, voc, lines.length, template)
  const t3 = T()
  const parsed = parseLog(c.text, { startDate: c.settings['start-date'] })
  const t4 = T()
  checkLog(c.text, options)
  const t5 = T()
  console.log(`blocks ${(t1 - t0).toFixed(0)} template ${(t2 - t1).toFixed(0)} entries ${(t3 - t2).toFixed(0)} parseLog(again) ${(t4 - t3).toFixed(0)} check(again) ${(t5 - t4).toFixed(0)} blocks=${reader.blocks.length}`)
}
