// The one layout of every admin page: a title (the page's only h1), the actions beside it
// (below it on a phone), the filters in one wrapping row, then the content.
import { Card, Flex } from 'antd'
import type { CardProps } from 'antd'
import type { ReactNode } from 'react'

export type PageLayoutProps = Omit<CardProps, 'title'> & {
  title?: ReactNode
  /** buttons for the whole page: new, export, … */
  actions?: ReactNode
  /** the controls that narrow the list, each with its own aria-label */
  filters?: ReactNode
}

export function PageLayout({
  title,
  actions,
  extra,
  filters,
  children,
  className,
  ...card
}: PageLayoutProps) {
  return (
    <Card
      size="small"
      {...card}
      className={className ? `lf-page ${className}` : 'lf-page'}
      title={title !== undefined && <h1 className="lf-page-title">{title}</h1>}
      extra={actions ?? extra}
    >
      {filters && (
        <Flex gap={8} wrap align="center" className="lf-gap lf-filters">
          {filters}
        </Flex>
      )}
      {children}
    </Card>
  )
}

/** A part of a page below its title: a card with a heading one level down. */
export function PageSection({ title, ...card }: Omit<CardProps, 'title'> & { title?: ReactNode }) {
  return (
    <Card
      size="small"
      {...card}
      title={title !== undefined && <h2 className="lf-section-title">{title}</h2>}
    />
  )
}
