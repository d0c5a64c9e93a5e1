import { checkLog } from '../src/review/check.js'
import { checkOptions, resolveSettings } from '../src/settings.js'
import { renderText } from '../src/render/cli-text.js'
import { loadCase, generated } from './cases.js'
const c = loadCase(generated((process.argv[2] ?? 'details') as 'details', 4))
const options = checkOptions(resolveSettings(c.settings), new Date())
const t = performance.now()
renderText(checkLog(c.text, options), c.name)
console.log('first', performance.now() - t)
