/**
 * The core's readers with micromark given, as the CLI gives it to a log the line reader cannot read whole
 * (src/markdown-on-demand.ts): for the tests whose logs, real or generated, may need it.
 */
import { parseMarkdown } from '../../src/log/micromark.js'
import { parseLog as parse, type ParseOptions, type ParsedLog } from '../../src/log/parse.js'
import { checkLog as check, type CheckOptions } from '../../src/review/check.js'
import type { Report } from '../../src/review/types.js'

export const parseLog = (text: string, options: ParseOptions = {}): ParsedLog => parse(text, { markdown: parseMarkdown, ...options })

export const checkLog = (text: string, options: CheckOptions): Report => check(text, { markdown: parseMarkdown, ...options })
