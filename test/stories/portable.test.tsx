// Every story under stories/ renders in jsdom with the real preview (mocked API, locale, provider),
// its play function runs, and an accessibility violation fails it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { composeStories, type composeStory } from '@storybook/react-vite'
import { stopMsw } from '#msw-setup'
import { annotations } from './setup.js'

// Rendering, the play function and axe over a whole story take a few seconds in jsdom.
const STORY_TIMEOUT_MS = 30_000

type StoryFile = Parameters<typeof composeStories>[0]
type ComposedStory = ReturnType<typeof composeStory>

const files = import.meta.glob<StoryFile>('../../stories/**/*.stories.tsx', { eager: true })

beforeAll(annotations.beforeAll)
afterAll(() => stopMsw())

it('finds the story files', () => {
  expect(Object.keys(files).length).toBeGreaterThan(0)
})

describe.each(Object.entries(files))('%s', (_path, file) => {
  const stories = Object.entries(composeStories(file)) as Array<[string, ComposedStory]>
  it.each(stories)(
    '%s',
    async (_name, Story) => {
      await Story.run()
      const failed = Story.reporting.reports.filter((report) => report.status === 'failed')
      expect(failed.map((report) => JSON.stringify(summarize(report.result)))).toEqual([])
    },
    STORY_TIMEOUT_MS,
  )
})

/** The a11y report, cut down to what a reader needs: rule, impact, the offending nodes. */
function summarize(result: unknown): unknown {
  const violations = (result as { violations?: Array<{ id: string; impact?: string; nodes: Array<{ target: unknown }> }> })?.violations
  if (!violations) return result
  return violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target).slice(0, 5) }))
}
