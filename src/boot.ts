// Loaded by index.html before the app's own script and kept tiny: it starts the search worker
// at once, so that the worker loads its search file while React and the app download and start.
import { startSearchWorkerEarly } from './search/early-worker.ts'

startSearchWorkerEarly(import.meta.env.BASE_URL)
