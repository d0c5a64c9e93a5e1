/**
 * micromark with GFM, as an mdast tree: the reference parse, for the stretches the line reader leaves. A module
 * of its own because it and what it imports are some 400 KB of the bundle that most logs never need: the CLI
 * loads it only for a log that needs it (src/markdown-on-demand.ts).
 */
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

/**
 * Built once, not per stretch. The mdast half drops GFM's tree transforms: they only
 * re-scan every text node for bare URLs, which the tokenizer already turns into
 * links, and cost a sixth of the parse.
 */
const EXTENSIONS = [gfm()]
const MDAST_EXTENSIONS = gfmFromMarkdown().map((extension) => ({ ...extension, transforms: [] }))

/** The mdast tree of a markdown text with GFM (micromark). */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS })
}
