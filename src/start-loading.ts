// Imported first by main.tsx, so that this runs before React, the router and the app's modules
// are evaluated: the search worker and the catalog download start about a quarter of a second
// sooner than they would from the first route's loader.
import { startLoadingArchive } from './service/archive.ts'

startLoadingArchive()
