/** The product mark: a small red seal and the name. */
export function BrandMark({ as: Tag = 'div' }: { as?: 'div' | 'h1' }) {
  return (
    <Tag className="brand">
      <span className="brand-seal" aria-hidden="true">
        议
      </span>
      <span className="brand-name">议事录</span>
    </Tag>
  )
}
