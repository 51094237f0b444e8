import { Link, Outlet } from '@tanstack/react-router'
import { useFocusOnNavigation } from './use-focus-on-navigation.ts'

export function AppShell() {
  return (
    <>
      <FocusOnNavigation />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-title">
            <span className="site-title__mark" aria-hidden="true">
              ¶
            </span>
            Statement Archive
          </Link>
          <p className="site-tagline">Official statements on EU–NATO cooperation and cyber defence, as published</p>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}

/**
 * The focus hook watches the router's status, which goes to pending and back on every
 * navigation, each keystroke's included; in a component of its own, only this renders then,
 * not the header and every route below it.
 */
function FocusOnNavigation() {
  useFocusOnNavigation()
  return null
}
