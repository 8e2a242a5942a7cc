import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

/**
 * A component loaded with its own chunk the first time it renders (React.lazy for a named
 * export). The unlock screen then loads only what it needs; render it inside a Suspense.
 */
export function lazyNamed<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }))
}
