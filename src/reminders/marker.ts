/**
 * The hidden markers that tie an issue to one problem. Issues are found by
 * them, never by title (learners rename issues) nor through search (its index
 * lags). The bot owns only the part of the body between its start and end
 * markers: a note the learner writes above or below it stays.
 *
 * Every value in a marker is percent-encoded, so no label (a `"`, `-->`, a
 * newline, any Unicode) can end the comment or the attribute early. The start
 * marker also keeps the issue's history: the title the bot last wrote, how
 * often it reopened the issue, whether it closed it, whether it already asked
 * once after a person closed it.
 */
import { createHash } from 'node:crypto'

export interface Marker {
  key: string
  /** The problem's fingerprint when the issue was last written. */
  state: string
  /** Fingerprint of the title the bot last wrote; null in the old format (the title counts as the bot's). */
  title: string | null
  /** The finding types the issue was about, for the closing comment. */
  about: string[]
  /** How often the bot reopened the issue: each closing belongs to one episode. */
  reopens: number
  /** The bot closed it because the problem was fixed. */
  closed: boolean
  /** The bot already reopened it once after a person closed it with the problem still there. */
  nudged: boolean
}

const START = /<!--\s*til-keeper:reminder:start\s+([^>]*?)\s*-->/
const END = '<!-- til-keeper:reminder:end -->'
const END_PATTERN = /<!--\s*til-keeper:reminder:end\s*-->/
/** Before 2026-07 a marker held the raw key, and the whole body was the bot's. */
const OLD = /<!--\s*til-keeper:reminder\s+key="([^"]+)"\s+state="([^"]*)"\s*-->/
const ATTRIBUTE = /([a-z]+)="([^"]*)"/g

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** The hidden HTML comment that makes an issue the bot's: its key, the problem's fingerprint, reopens, closed/nudged flags. */
export function writeMarker(marker: Marker): string {
  const attributes: Array<[string, string | number]> = [
    ['k', marker.key],
    ['state', marker.state],
    ['title', marker.title ?? ''],
    ['about', marker.about.join(',')],
    ['reopens', marker.reopens]
  ]
  if (marker.closed) attributes.push(['closed', 1])
  if (marker.nudged) attributes.push(['nudged', 1])
  const text = attributes.map(([name, value]) => `${name}="${encodeURIComponent(String(value))}"`).join(' ')
  return `<!-- til-keeper:reminder:start ${text} -->`
}

/** The marker in an issue body (old formats too), or null for an issue the bot did not write. */
export function readMarker(body: string): Marker | null {
  const start = START.exec(body)
  if (start) {
    const values = new Map<string, string>()
    for (const m of start[1]!.matchAll(ATTRIBUTE)) values.set(m[1]!, decode(m[2]!))
    const key = values.get('k')
    if (!key) return null
    const about = values.get('about') ?? ''
    return {
      key,
      state: values.get('state') ?? '',
      title: values.get('title') || null,
      about: about === '' ? [] : about.split(','),
      reopens: Number(values.get('reopens')) || 0,
      closed: values.get('closed') === '1',
      nudged: values.get('nudged') === '1'
    }
  }
  const old = OLD.exec(body)
  if (!old) return null
  return { key: old[1]!, state: old[2]!, title: null, about: [], reopens: 0, closed: false, nudged: false }
}

/** The bot's part of a body: the marker, its text, the end marker. */
export function ownPart(marker: Marker, text: string): string {
  return `${writeMarker(marker)}\n${text}\n${END}`
}

/**
 * `body` with the bot's part replaced, the learner's text around it kept byte
 * for byte. An old-format body (no end marker) was the bot's alone. A start
 * marker whose end marker the learner deleted owns the rest of the body.
 */
export function replaceOwnPart(body: string, own: string): string {
  const start = START.exec(body)
  if (!start) return own
  const before = body.slice(0, start.index)
  const rest = body.slice(start.index)
  const end = END_PATTERN.exec(rest)
  const after = end ? rest.slice(end.index + end[0].length) : ''
  return before + own + after
}

/** How many characters of `body` are the learner's (outside the bot's part). */
export function learnerLength(body: string): number {
  return replaceOwnPart(body, '').length
}

/** A short stable hash of `value`: tells whether a problem or a title changed since the bot last wrote it. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)
}

/** A comment's hidden marker: which issue episode it closed or reopened, so a rerun does not say it twice. */
export function commentMarker(kind: 'closed' | 'reopened' | 'duplicate', key: string, episode: number): string {
  return `<!-- til-keeper:${kind} k="${encodeURIComponent(key)}" n="${episode}" -->`
}

/**
 * `body` with its start marker rewritten and nothing else changed. An
 * old-format body becomes the bot's part of a fenced one.
 */
export function remark(body: string, marker: Marker): string {
  if (START.test(body)) return body.replace(START, writeMarker(marker))
  const old = OLD.exec(body)
  if (!old) return body
  return ownPart(marker, (body.slice(0, old.index) + body.slice(old.index + old[0].length)).replace(/^\n/, '').replace(/\n$/, ''))
}
