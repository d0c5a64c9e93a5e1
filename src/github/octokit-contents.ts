/** RepoContents over the Contents and Git Data APIs: no checkout needed. */
import type { GitHubClient } from './client.js'
import { isStatus, needs, PermissionError } from './errors.js'
import { BranchMovedError, type FileAt, type FileChange, type RepoContents, type RepoRef } from './types.js'

export function octokitContents(client: GitHubClient, repo: RepoRef): RepoContents {
  return {
    async info() {
      try {
        const { data } = await needs('contents: read', `read the repository ${repo.owner}/${repo.repo}`, () =>
          client.rest.repos.get({ ...repo })
        )
        return { defaultBranch: data.default_branch, ownerLogin: data.owner.login, ownerType: data.owner.type }
      } catch (error) {
        // GitHub answers 404, not 403, for a private repository the token cannot see.
        if (isStatus(error, 404)) {
          throw new PermissionError(
            `repository: ${repo.owner}/${repo.repo} was not found, or the token cannot reach it; another person's repository needs a token with access to it`
          )
        }
        throw error
      }
    },
    async head(branch) {
      const { data } = await needs('contents: read', `read the branch ${branch}`, () =>
        client.rest.git.getRef({ ...repo, ref: `heads/${branch}` })
      )
      return data.object.sha
    },
    async readFile(path, ref): Promise<FileAt | null> {
      try {
        const { data } = await needs('contents: read', `read ${path}`, () => client.rest.repos.getContent({ ...repo, path, ref }))
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null
        return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha }
      } catch (error) {
        if (isStatus(error, 404)) return null
        throw error
      }
    },
    async listFolder(path, ref) {
      const files = new Map<string, string>()
      try {
        const { data } = await needs('contents: read', `list ${path}`, () => client.rest.repos.getContent({ ...repo, path, ref }))
        if (Array.isArray(data)) for (const entry of data) if (entry.type === 'file') files.set(entry.path, entry.sha)
      } catch (error) {
        if (!isStatus(error, 404)) throw error
      }
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
          if (isStatus(error, 409, 422)) throw new BranchMovedError(`${branch} moved while til-keeper was writing`)
          throw error
        }
        return commit.sha
      })
    }
  }
}
