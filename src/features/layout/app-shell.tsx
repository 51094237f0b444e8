import { Link, Outlet } from '@tanstack/react-router'
import { useFocusOnNavigation } from './use-focus-on-navigation.ts'

export function AppShell() {
  useFocusOnNavigation()
  return (
    <>
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
