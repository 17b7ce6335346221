import type { ReactNode } from 'react'
import { StardustErrorBoundary } from '../../src/index.js'
import { CampaignForm } from './CampaignForm.js'
import { CampaignList } from './CampaignList.js'
import { FolderForm } from './FolderForm.js'
import { LocalizedFallback } from './Localized.js'
import { MockApiPanel } from './MockApiPanel.js'
import { Panel } from './Panel.js'
import { PartialPanel } from './PartialPanel.js'
import { ReloadWithoutCache } from './ReloadWithoutCache.js'
import { TemplateForm } from './TemplateForm.js'
import './console.css'

/**
 * A small Stardust console on the mocked API: the campaign list (the error boundary for a first load that
 * fails, a toast for a failed refresh), three create forms with inline errors, and the mock's fault switch.
 * Its own words are English and left-to-right in every locale; the kit's messages in it, and the toasts, follow
 * the toolbar's locale and direction.
 */
export function ConsoleApp(): ReactNode {
  return (
    // English and left-to-right, like the app it stands for; the kit's messages carry their own locale.
    <div className="console" lang="en" dir="ltr">
      <main className="console-main">
        <h1>Stardust console</h1>
        <Panel title="Campaigns">
          <StardustErrorBoundary FallbackComponent={LocalizedFallback}>
            <CampaignList />
          </StardustErrorBoundary>
          <ReloadWithoutCache />
        </Panel>
        <div className="console-forms">
          <Panel title="New campaign">
            <CampaignForm />
          </Panel>
          <Panel title="New folder">
            <FolderForm />
          </Panel>
          <Panel title="New workflow template">
            <TemplateForm />
          </Panel>
          <Panel title="Annotation requests and workforce">
            <PartialPanel />
          </Panel>
        </div>
      </main>
      <MockApiPanel />
    </div>
  )
}
