export function PendingView() {
  return (
    <div className="page page--narrow pending" role="status">
      <span className="spinner" aria-hidden="true" />
      Loading the archive…
    </div>
  )
}
