/**
 * micromark on demand. The line reader reads nearly every real log whole, and micromark with what it imports is
 * some 400 KB of the bundle: loading it on every run cost the CLI 4–18 ms of its start-up. So the CLI checks a log
 * with the line reader alone and loads micromark only when the log has a stretch that needs it.
 */
import { MarkdownParserNeeded, type MarkdownParser } from './log/markdown.js'

let loading: Promise<MarkdownParser> | undefined
let loaded: MarkdownParser | undefined

/** micromark's parser (src/log/micromark.ts), loaded once. */
export async function loadMarkdownParser(): Promise<MarkdownParser> {
  loading ??= import('./log/micromark.js').then((module) => (loaded = module.parseMarkdown))
  return loading
}

/**
 * `read` with the line reader alone, or with micromark once it is loaded; where the log needs micromark and it is
 * not, loads it and runs `read` again. `read` must be pure: the first run's work is thrown away.
 */
export async function withMarkdownParser<T>(read: (markdown: MarkdownParser | undefined) => T): Promise<T> {
  try {
    return read(loaded)
  } catch (error) {
    if (!(error instanceof MarkdownParserNeeded) || loaded) throw error
    return read(await loadMarkdownParser())
  }
}
