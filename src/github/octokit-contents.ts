/** RepoContents over the Contents and Git Data APIs: no checkout needed. */
import { decodeText, FileError, MAX_FILE_BYTES, tooLarge } from '../files.js'
import { ownerTypeOf } from './values.js'
import type { GitHubClient } from './client.js'
import { githubMessage, isStatus, needs, AccessError, RuleError } from './errors.js'
import { BranchMovedError, type FileAt, type FileChange, type RepoContents, type RepoRef } from './types.js'

interface ContentEntry {
  type: string
  path: string
  sha: string
  size: number
  content?: string
  encoding?: string
}

function isTooLarge(error: unknown): boolean {
  const errors = (error as { response?: { data?: { errors?: Array<{ code?: string }> } } })?.response?.data?.errors
  return isStatus(error, 403) && (errors ?? []).some((e) => e?.code === 'too_large')
}

function refused(what: string, said: string): RuleError {
  return new RuleError(
    `summary: GitHub refused to ${what} (${said}). Let github-actions bypass the rule in the repository's settings (Rules or Branches), or set summary-branch to a branch the rule does not cover, e.g. til-summaries.`
  )
}

export function octokitContents(client: GitHubClient, repo: RepoRef): RepoContents {
  const full = `${repo.owner}/${repo.repo}`

  /** The contents API's entry for a path; null when it does not exist. */
  async function entryOf(path: string, ref: string): Promise<ContentEntry | ContentEntry[] | null> {
    try {
      const { data } = await needs('contents: read', `read ${path}`, () => client.rest.repos.getContent({ ...repo, path, ref }))
      return data as ContentEntry | ContentEntry[]
    } catch (error) {
      if (isStatus(error, 404)) return null
      // Past GitHub's own limits the file cannot be read; its size is in the parent folder's listing.
      if (isTooLarge(error)) {
        const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
        const { data } = await client.rest.repos.getContent({ ...repo, path: parent, ref })
        const entry = Array.isArray(data) ? (data as ContentEntry[]).find((e) => e.path === path) : undefined
        if (entry) return entry
      }
      throw error
    }
  }

  /** Over 1 MB the contents API sends `content: ""` and `encoding: "none"`: the blob API sends the bytes. */
  async function bytesOf(entry: ContentEntry): Promise<Buffer> {
    if (entry.encoding === 'base64' && typeof entry.content === 'string') {
      const inline = Buffer.from(entry.content, 'base64')
      if (inline.length === entry.size) return inline
    }
    const { data } = await needs('contents: read', `read ${entry.path}`, () => client.rest.git.getBlob({ ...repo, file_sha: entry.sha }))
    const bytes = data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.alloc(0)
    // A read that returns less than the file is a failed read, never a shorter (or empty) log.
    if (bytes.length !== entry.size) {
      throw new Error(
        `GitHub sent ${bytes.length} of the ${entry.size} bytes of ${entry.path}; til-keeper stopped rather than read part of it`
      )
    }
    return bytes
  }

  async function head(branch: string): Promise<string> {
    const { data } = await needs('contents: read', `read the branch ${branch}`, () =>
      client.rest.git.getRef({ ...repo, ref: `heads/${branch}` })
    )
    return data.object.sha
  }

  return {
    head,
    async info() {
      try {
        const { data } = await needs('contents: read', `read the repository ${full}`, () => client.rest.repos.get({ ...repo }))
        return { defaultBranch: data.default_branch, ownerLogin: data.owner.login, ownerType: ownerTypeOf(data.owner.type) }
      } catch (error) {
        // GitHub answers 404, not 403, for a private repository the token cannot see.
        if (isStatus(error, 404)) {
          throw new AccessError(
            `repository: ${full} was not found, or the token cannot reach it; another person's repository needs a token with access to it`
          )
        }
        throw error
      }
    },
    async findHead(branch) {
      try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` })
        return data.object.sha
      } catch (error) {
        if (isStatus(error, 404)) return null
        throw error
      }
    },
    async createBranch(branch, sha) {
      try {
        await needs('contents: write', `create the branch ${branch}`, () =>
          client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha })
        )
      } catch (error) {
        // Another run created it a moment ago: read it again.
        if (isStatus(error, 422) && /already exists/i.test(githubMessage(error)))
          throw new BranchMovedError(`${branch} was created meanwhile`)
        throw error
      }
    },
    async readFile(path, ref): Promise<FileAt | null> {
      const entry = await entryOf(path, ref)
      if (entry === null) return null
      const what = `${path} in ${full}`
      if (Array.isArray(entry)) throw new FileError(`${what} is a folder, not a file`)
      if (entry.type !== 'file') throw new FileError(`${what} is a ${entry.type}, not a file`)
      if (entry.size > MAX_FILE_BYTES) throw tooLarge(what, entry.size)
      const { text, encoding } = decodeText(await bytesOf(entry), what)
      return { text, encoding, sha: entry.sha }
    },
    async listFolder(path, ref) {
      const files = new Map<string, string>()
      const entry = await entryOf(path, ref)
      if (entry === null) return files
      if (!Array.isArray(entry)) throw new FileError(`${path} in ${full} is a file, not a folder`)
      for (const e of entry) if (e.type === 'file') files.set(e.path, e.sha)
      return files
    },
    async commit(branch, parent, changes: FileChange[], message) {
      return needs('contents: write', `commit to ${branch}`, async () => {
        const { data: base } = await client.rest.git.getCommit({ ...repo, commit_sha: parent })
        const { data: tree } = await client.rest.git.createTree({
          ...repo,
          base_tree: base.tree.sha,
          tree: changes.map((c) => ({ path: c.path, mode: '100644' as const, type: 'blob' as const, content: c.content }))
        })
        // No author: GitHub then signs the commit as the token's app (github-actions[bot]), so it shows as Verified.
        const { data: commit } = await client.rest.git.createCommit({ ...repo, message, tree: tree.sha, parents: [parent] })
        try {
          await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit.sha, force: false })
        } catch (error) {
          if (!isStatus(error, 403, 409, 422)) throw error
          // Refused: either the branch moved (read again and retry), or a rule or protection forbids the write.
          const said = githubMessage(error)
          if (/fast.forward/i.test(said) || (await head(branch)) !== parent)
            throw new BranchMovedError(`${branch} moved while til-keeper was writing`)
          if (/not accessible by integration/i.test(said) || !(isStatus(error, 403, 422) || /rule|protected/i.test(said))) throw error
          throw refused(`commit the summary to ${branch}`, said)
        }
        return commit.sha
      })
    }
  }
}
