/**
 * The bundle runs on the Node it is given: this project's machine runs Node 20,
 * GitHub runs the action on node24 (action.yml), and the end-to-end suites run on both.
 */
import { readActionMetadata } from '../helpers/action-metadata.js'
import { startGitHubServer } from '../helpers/github-server.js'
import { runAction } from '../helpers/run-action.js'

test('dist/index.js starts on the runtime this project runs it on, and says which', async () => {
  const server = await startGitHubServer()
  try {
    server.addRepo({ owner: 'learner', repo: 'til', files: { 'README.md': '# TIL\n\n## 2026-11-02\n\n- read a chapter\n' } })
    const result = await runAction({
      apiUrl: server.url,
      repository: 'learner/til',
      inputs: { reminders: 'false', summary: 'false', today: '2026-11-02' }
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const expected = process.env.TIL_KEEPER_E2E_NODE ? 'v24.' : process.version
    expect(result.stdout).toMatch(new RegExp(`til-keeper on Node ${expected.replace(/\./g, '\\.')}`))
    // What action.yml promises GitHub is what the Node 24 project exercises.
    expect(readActionMetadata().runs?.using).toBe('node24')
  } finally {
    await server.close()
  }
})
