import { useId, type ReactNode } from 'react'

export interface PanelProps {
  title: string
  children?: ReactNode
}

/** A titled section of the console: a region named by its h2. */
export function Panel({ title, children }: PanelProps): ReactNode {
  const id = useId()
  return (
    <section className="console-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}
