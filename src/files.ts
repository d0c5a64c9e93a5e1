/**
 * Reading the learner's text files, whether from disk (the CLI) or from GitHub
 * (the action): a size limit, and bytes turned into text the way an editor
 * would — a UTF-8 byte-order mark dropped, UTF-16 with its mark decoded — or
 * refused in one line when they are not text at all.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs'

/** The largest log or config til-keeper reads: about 28 years of a daily log in the seed's template. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

export class FileError extends Error {}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** The one-line error for a file over the size limit, naming the file and both sizes. */
export function tooLarge(what: string, bytes: number): FileError {
  return new FileError(`${what} is ${megabytes(bytes)}; til-keeper reads files up to ${megabytes(MAX_FILE_BYTES)}`)
}

/** The line (1-based) a byte offset falls on. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++
  return line
}

/** How a file's text was stored, so that a file written back is stored the same way. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be'

interface DecodedText {
  text: string
  encoding: TextEncoding
}

/**
 * Text from a file's bytes. `what` names the file in errors (`log README.md`).
 * A few undecodable bytes become U+FFFD, as GitHub shows them; a file that is
 * mostly not UTF-8 (an EUC-KR log, say) is refused rather than read as nothing.
 */
export function decodeText(bytes: Uint8Array, what: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3), what), encoding: 'utf-8-bom' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  return { text: utf8(bytes, what), encoding: 'utf-8' }
}

function utf8(bytes: Uint8Array, what: string): string {
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    throw new FileError(
      `${what} is not a text file (a NUL byte on line ${lineAt(bytes, nul)}; UTF-16 without a byte-order mark looks like this); save it as UTF-8`
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes)
    let bad = 0
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++
    if (bad > Math.max(8, text.length / 1000)) {
      const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length
      throw new FileError(`${what} is not UTF-8 (${bad} bytes cannot be read, the first on line ${line}); save it as UTF-8`)
    }
    return text
  }
}

/** Text stored back the way it was read: a byte-order mark kept. UTF-16 is not written (null). */
export function encodeText(text: string, encoding: TextEncoding): string | null {
  if (encoding === 'utf-8') return text
  if (encoding === 'utf-8-bom') return '\uFEFF' + text
  return null
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES') return 'permission denied'
  return (error as Error).message.split('\n')[0]!
}

/**
 * A regular file's text. A device (`/dev/zero`), a FIFO or a directory is
 * refused before anything is read, so nothing can hang or fill memory.
 */
export function readLocalText(file: string, what: string): string {
  let fd: number
  try {
    // stat first: opening a FIFO waits for a writer. O_NONBLOCK too, for a file swapped in between.
    checkRegular(statSync(file), file, what)
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    if (error instanceof FileError) throw error
    throw new FileError(`${what} ${file}: cannot read it (${reason(error)})`)
  }
  try {
    const stat = fstatSync(fd)
    checkRegular(stat, file, what)
    const bytes = Buffer.alloc(stat.size)
    let read = 0
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, null)
      if (n === 0) break
      read += n
    }
    return decodeText(bytes.subarray(0, read), `${what} ${file}`).text
  } catch (error) {
    if (error instanceof FileError) throw error
    throw new FileError(`${what} ${file}: cannot read it (${reason(error)})`)
  } finally {
    closeSync(fd)
  }
}

function checkRegular(stat: Stats, file: string, what: string): void {
  if (stat.isDirectory()) throw new FileError(`${what} ${file}: cannot read it (is a directory)`)
  if (!stat.isFile()) throw new FileError(`${what} ${file}: cannot read it (not a regular file)`)
  if (stat.size > MAX_FILE_BYTES) throw tooLarge(`${what} ${file}`, stat.size)
}
