/**
 * Runs the bundled action (dist/index.js) in a child process with the environment
 * the GitHub Actions runner gives a JavaScript action, then collects what the
 * runner would: exit code, outputs (GITHUB_OUTPUT) and the job summary.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultInputs } from './action-metadata.js'
import { ensureFreshDist } from './fresh-dist.js'

/** The repository root: this file lives in `__tests__/helpers/`. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface RunActionOptions {
  /** The fake server's URL (GITHUB_API_URL). */
  apiUrl: string
  /** Action inputs by name as in action.yml, e.g. `{ 'github-token': 't', 'readme-path': 'README.md' }`. */
  inputs: Record<string, string>
  /** `owner/repo`. */
  repository: string
  /** Default `workflow_dispatch`. */
  eventName?: string
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  event?: object
  /** GITHUB_SHA; pass the fake's `headSha()` when the action cares. */
  sha?: string
  /** GITHUB_REF, default `refs/heads/main`. */
  ref?: string
  /** Extra variables (applied last, so they can override anything, e.g. TZ). */
  env?: Record<string, string>
  /** Kill the child after this long (default 60 s). */
  timeoutMs?: number
  /** The node binary; default TIL_KEEPER_E2E_NODE (set by the Node 24 project) or this process's. */
  node?: string
  /** Script to run instead of dist/index.js (for testing this helper). */
  entry?: string
}

export interface ActionResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Holds event.json, workspace/, runner-temp/ and the runner files; left for inspection. */
  tempDir: string
}

/** `INPUT_<NAME>` as @actions/core's getInput looks it up: spaces → `_`, upper case, dashes kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** The runner folders made by `runAction` in this test file, removed by `removeRunnerDirs` (e2e-setup.ts, after all tests). */
const runnerDirs: string[] = []

export async function removeRunnerDirs(): Promise<void> {
  await Promise.all(runnerDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

export async function runAction(opts: RunActionOptions): Promise<ActionResult> {
  if (!opts.entry) ensureFreshDist()
  const entry = opts.entry ?? join(REPO_ROOT, 'dist', 'index.js')
  if (!existsSync(entry)) throw new Error(`runAction: ${entry} does not exist; build the action first (npm run build)`)

  const node = opts.node ?? process.env.TIL_KEEPER_E2E_NODE ?? process.execPath
  const tempDir = await mkdtemp(join(tmpdir(), 'til-keeper-run-'))
  runnerDirs.push(tempDir)
  const files = await prepareRunnerFiles(tempDir, opts)
  const env = runnerEnv(opts, files)

  const { code, stdout, stderr } = await spawnNode(node, entry, files.workspace, env, opts.timeoutMs ?? 60_000)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    tempDir
  }
}

interface RunnerFiles {
  workspace: string
  runnerTemp: string
  event: string
  output: string
  summary: string
  state: string
  env: string
  path: string
}

async function prepareRunnerFiles(tempDir: string, opts: RunActionOptions): Promise<RunnerFiles> {
  const files: RunnerFiles = {
    workspace: join(tempDir, 'workspace'),
    runnerTemp: join(tempDir, 'runner-temp'),
    event: join(tempDir, 'event.json'),
    output: join(tempDir, 'github_output'),
    summary: join(tempDir, 'step_summary.md'),
    state: join(tempDir, 'github_state'),
    env: join(tempDir, 'github_env'),
    path: join(tempDir, 'github_path')
  }
  await mkdir(files.workspace)
  await mkdir(files.runnerTemp)
  await writeFile(files.event, JSON.stringify(opts.event ?? defaultEvent(opts.repository), null, 2))
  for (const f of [files.output, files.summary, files.state, files.env, files.path]) await writeFile(f, '')
  return files
}

/** A minimal workflow_dispatch payload. */
function defaultEvent(repository: string): object {
  const [owner = '', name = ''] = repository.split('/')
  return {
    inputs: {},
    ref: 'refs/heads/main',
    repository: { name, full_name: repository, owner: { login: owner } },
    sender: { login: owner, type: 'User' }
  }
}

/**
 * A fresh environment, as on a runner: nothing of the parent's GITHUB_*, INPUT_*,
 * RUNNER_*, proxy or NODE_OPTIONS variables leaks in. Only PATH and HOME are kept.
 */
function runnerEnv(opts: RunActionOptions, files: RunnerFiles): Record<string, string> {
  const [owner = ''] = opts.repository.split('/')
  const ref = opts.ref ?? 'refs/heads/main'
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? files.workspace,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: opts.repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${opts.apiUrl}/graphql`,
    GITHUB_EVENT_NAME: opts.eventName ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: opts.sha ?? '0'.repeat(40),
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_WORKFLOW: 'til-keeper',
    GITHUB_RUN_ID: '1000000001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: owner,
    GITHUB_JOB: 'til-keeper',
    GITHUB_ACTION: '__til-keeper',
    GITHUB_WORKSPACE: files.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'fake-runner',
    RUNNER_TEMP: files.runnerTemp,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost'
  }
  // As the runner does: every input the workflow leaves out gets its default from action.yml.
  const defaults = defaultInputs({ token: opts.inputs['github-token'] ?? 'ghs_default-token', repository: opts.repository })
  for (const [name, value] of Object.entries({ ...defaults, ...opts.inputs })) env[inputEnvName(name)] = value
  return { ...env, ...opts.env }
}

function spawnNode(
  node: string,
  entry: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))

    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(
          `runAction: the action did not finish within ${timeoutMs} ms and was killed.\n--- stderr ---\n${stderr}\n--- stdout (last 4000 chars) ---\n${stdout.slice(-4000)}`
        )
      )
    }, timeoutMs)

    child.on('error', (err) => {
      clearTimeout(timer)
      reject(new Error(`runAction: could not start ${entry}: ${err.message}`))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      // A signal (other than our own timeout kill, which already rejected) counts as failure.
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr })
    })
  })
}

/**
 * Parse a GITHUB_OUTPUT (or GITHUB_ENV) file as the runner does: `name=value` lines
 * and `name<<DELIMITER` … `DELIMITER` blocks. Throws where the runner would fail the step.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const equals = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      out[requireName(line.slice(0, equals), line)] = line.slice(equals + 1)
    } else if (heredoc >= 0) {
      const name = requireName(line.slice(0, heredoc), line)
      const delimiter = line.slice(heredoc + 2)
      if (delimiter === '') throw new Error(`Invalid output line: empty delimiter in '${line}'`)
      const end = lines.indexOf(delimiter, i + 1)
      if (end < 0) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`)
      out[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else {
      throw new Error(`Invalid output line: '${line}'`)
    }
  }
  return out
}

function requireName(name: string, line: string): string {
  if (name === '') throw new Error(`Invalid output line: no name in '${line}'`)
  return name
}
