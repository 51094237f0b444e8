// The page's only script, and a tiny one: it starts the search worker, then loads the app.
// Starting a worker takes a turn of the main thread; were the app's JavaScript (React and the
// rest, a few hundred milliseconds to evaluate) already running, the worker, and its download
// of the search file, would wait for it. The dynamic import lets the worker start first.
import { startSearchWorkerEarly } from './service/early-worker.ts'

startSearchWorkerEarly(import.meta.env.BASE_URL)
void import('./main.tsx')
