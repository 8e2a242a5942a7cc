import { destinations, type Destination } from './destinations'

interface SideNavProps {
  current: Destination
  onNavigate: (destination: Destination) => void
}

/** The left navigation; the current place carries aria-current="page". */
export function SideNav({ current, onNavigate }: SideNavProps) {
  return (
    <nav className="side-nav" aria-label="主导航">
      <ul>
        {destinations.map((destination) => (
          <li key={destination.id}>
            <button
              type="button"
              className="side-nav-item"
              aria-current={destination.id === current ? 'page' : undefined}
              onClick={() => onNavigate(destination.id)}
            >
              {destination.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
