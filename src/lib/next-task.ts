/**
 * Resolves in a task of its own, after what the event loop already holds: the responses that
 * arrived meanwhile, above all. A thread that is about to run a long piece of work awaits it
 * first, and between parts of that work, so that a response it is waiting on is read, and the
 * requests that follow from it go out, before the work instead of after it.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
