import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// CI machines have two cores shared with other work; give async UI updates room.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => cleanup())
