/**
 * action.yml parsed as GitHub parses it: strictly, duplicate keys refused.
 * Shared by the metadata test and the end-to-end runner (which takes each
 * input's default from here, as the Actions runner does).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface ActionInput {
  description?: unknown
  default?: unknown
  required?: unknown
  deprecationMessage?: unknown
}

export interface ActionMetadata {
  name?: unknown
  description?: unknown
  author?: unknown
  branding?: { icon?: unknown; color?: unknown }
  inputs?: Record<string, ActionInput>
  outputs?: Record<string, { description?: unknown }>
  runs?: { using?: unknown; main?: unknown; pre?: unknown; post?: unknown }
}

/** Parse YAML the way GitHub does for action and workflow files; throws on anything a lenient parser would let through. */
export function parseStrictYaml(text: string): unknown {
  return parse(text, { strict: true, uniqueKeys: true, prettyErrors: true })
}

export function readActionMetadata(path = `${REPO_ROOT}action.yml`): ActionMetadata {
  return parseStrictYaml(readFileSync(path, 'utf8')) as ActionMetadata
}

/**
 * The INPUT_* values the runner sets for inputs the workflow leaves out: each
 * input's default, with the two expressions our defaults use evaluated.
 */
export function defaultInputs(context: { token: string; repository: string }): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, input] of Object.entries(readActionMetadata().inputs ?? {})) {
    if (input.default === undefined) continue
    out[name] = String(input.default)
      .replace(/\$\{\{\s*github\.token\s*\}\}/g, context.token)
      .replace(/\$\{\{\s*github\.repository\s*\}\}/g, context.repository)
  }
  return out
}
