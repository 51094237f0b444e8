import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { getRouteApi, Link } from '@tanstack/react-router'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { memo, type RefObject, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { plural, formatCount } from '../../lib/format-date.ts'
import { useMediaQuery } from '../../lib/use-media-query.ts'
import type { Catalog } from '../../search/catalog.ts'
import type { Passage } from '../../search/passages.ts'
import { hasFilters, toSearchQuery, type SearchParams } from '../../search/search-params.ts'
import type { PassageOrder, SearchQuery } from '../../search/search-types.ts'
import { passageProgressQueryOptions, passagesQueryOptions } from '../../service/search-queries.ts'
import { RecordedDate } from '../layout/recorded-date.tsx'
import { useArchive, useSearchUpdate } from '../search/use-search-state.ts'
import { ExportPassagesButton } from './export-passages-button.tsx'

const route = getRouteApi('/')

const ORDERS: ReadonlyArray<{ value: PassageOrder; label: string }> = [
  { value: 'oldest', label: 'Date, oldest first' },
  { value: 'newest', label: 'Date, newest first' },
  { value: 'before', label: 'Word before the match' },
  { value: 'after', label: 'Word after the match' },
]

// Every line has the same height (passages.css cuts what does not fit), so the list needs no
// measuring: a line on a wide screen holds the context beside two short lines of date and
// speaker; on a narrow one, date and speaker go under the context.
const LINE_REM = 3
const NARROW_LINE_REM = 4
const NARROW = '(max-width: 40rem)'
/** The next page is asked for while this many loaded lines are still below the viewport. */
const LOOKAHEAD = 40

interface Props {
  /** The search the page answers, with words in it: a step behind the URL while new results render. */
  answered: SearchParams
}

/** Every occurrence of the query's words and phrases in the statements it finds, in context. */
export function PassagesView({ answered }: Props) {
  const archive = useArchive()
  const query = useMemo(() => toSearchQuery(answered), [answered])
  const order = answered.order ?? 'oldest'
  const passages = useInfiniteQuery({ ...passagesQueryOptions(archive, query, order), placeholderData: keepPreviousData })
  const { data } = passages
  const lines = useMemo(() => data?.pages.flatMap((page) => page.passages) ?? [], [data])
  const first = data?.pages[0]
  // Sorted by a neighbouring word, nothing can be shown before every statement is read: how far
  // that has got is shown instead, over the previous order's lines while they stay up.
  const sorting = (order === 'before' || order === 'after') && (!first || passages.isPlaceholderData) && !passages.isError

  return (
    <section className="passages" aria-labelledby="passages-heading">
      <h3 id="passages-heading" className="visually-hidden">
        Passages
      </h3>
      <div className="passages-toolbar">
        <p className="passages-count" role="status" aria-live="polite" aria-atomic="true">
          {sorting ? (
            <SortingStatus query={query} order={order} />
          ) : first ? (
            `${plural(first.total, 'passage')} in ${plural(first.statements, 'statement')}`
          ) : passages.isError ? (
            ''
          ) : (
            'Finding passages…'
          )}
        </p>
        <div className="passages-toolbar__actions">
          <OrderSelect />
          {first && first.total > 0 ? <ExportPassagesButton query={query} order={order} q={answered.q ?? ''} /> : null}
        </div>
      </div>
      {sorting ? <SortProgress query={query} order={order} /> : null}
      {passages.isError && !first ? (
        <p className="notice" role="alert">
          The passages could not be loaded.{' '}
          <button type="button" className="button" onClick={() => void passages.refetch()}>
            Retry
          </button>
        </p>
      ) : first && first.total === 0 ? (
        <NoPassages search={answered} />
      ) : first ? (
        <VirtualPassages
          lines={lines}
          total={first.total}
          catalog={archive.catalog}
          search={answered}
          isUpdating={passages.isPlaceholderData}
          more={{
            hasNextPage: passages.hasNextPage,
            isFetchingNextPage: passages.isFetchingNextPage,
            failed: passages.isFetchNextPageError,
            fetchNextPage: passages.fetchNextPage,
          }}
        />
      ) : null}
    </section>
  )
}

interface SortingProps {
  query: SearchQuery
  order: PassageOrder
}

// The two read the progress themselves, so that each report re-renders them, not the list.
function SortingStatus({ query, order }: SortingProps) {
  const progress = useQuery(passageProgressQueryOptions(query, order)).data
  return `Sorting ${progress ? `${plural(progress.total, 'passage')} ` : 'passages '}by the word ${order} the match…`
}

/**
 * Statements read so far. Outside the status line, which a screen reader announces on every
 * change: the bar's value can be read when wanted.
 */
function SortProgress({ query, order }: SortingProps) {
  const progress = useQuery(passageProgressQueryOptions(query, order)).data
  const id = useId()
  if (!progress) return null
  return (
    <p className="passages-progress">
      <progress id={id} max={progress.statements} value={progress.read} aria-label="Statements read" />
      <label htmlFor={id}>
        {formatCount(progress.read)} of {plural(progress.statements, 'statement')} read
      </label>
    </p>
  )
}

/** The order as the URL has it now, so the select answers at once. */
function OrderSelect() {
  const order = route.useSearch({ select: (s) => s.order ?? 'oldest' })
  const update = useSearchUpdate()
  const id = useId()
  return (
    <>
      <label htmlFor={id}>Sort passages by</label>
      <select id={id} value={order} onChange={(e) => update((prev) => ({ ...prev, order: e.target.value as PassageOrder }))}>
        {ORDERS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  )
}

interface More {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  failed: boolean
  fetchNextPage: () => Promise<unknown>
}

interface ListProps {
  lines: readonly Passage[]
  total: number
  catalog: Catalog
  search: SearchParams
  isUpdating: boolean
  more: More
}

/**
 * Only the lines near the viewport exist in the DOM, and passages are fetched a page at a time
 * as the list nears the end of what has been loaded, so ten thousand of them scroll like ten.
 */
function VirtualPassages({ lines, total, catalog, search, isUpdating, more }: ListProps) {
  const list = useRef<HTMLOListElement>(null)
  const offset = useListOffset(list)
  const lineHeight = useLineHeight()
  const virtualizer = useWindowVirtualizer({
    count: lines.length + (more.hasNextPage ? 1 : 0),
    estimateSize: () => lineHeight,
    overscan: 8,
    scrollMargin: offset,
    // Lines follow a scroll in React's next render rather than inside each scroll event.
    useFlushSync: false,
  })
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, lineHeight])
  const rows = virtualizer.getVirtualItems()
  const last = rows.at(-1)?.index ?? -1
  const { hasNextPage, isFetchingNextPage, failed, fetchNextPage } = more
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !failed && last >= lines.length - LOOKAHEAD) void fetchNextPage()
  }, [last, lines.length, hasNextPage, isFetchingNextPage, failed, fetchNextPage])

  return (
    <ol
      ref={list}
      className={`passage-list${isUpdating ? ' passage-list--updating' : ''}`}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {rows.map((row) => {
        const passage = lines[row.index]
        const top = row.start - offset
        if (!passage) {
          return (
            <li key="more" className="passage passage--more" style={{ height: lineHeight, transform: `translateY(${top}px)` }}>
              {failed ? (
                <>
                  More passages could not be loaded.{' '}
                  <button type="button" className="button" onClick={() => void fetchNextPage()}>
                    Retry
                  </button>
                </>
              ) : (
                'Loading more passages…'
              )}
            </li>
          )
        }
        return (
          <PassageLine
            key={row.index}
            passage={passage}
            index={row.index}
            total={total}
            top={top}
            height={lineHeight}
            catalog={catalog}
            search={search}
          />
        )
      })}
    </ol>
  )
}

/** A line's height in pixels, from the root font size, so that it follows the reader's text size. */
function useLineHeight(): number {
  const narrow = useMediaQuery(NARROW)
  const [rem] = useState(() => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16)
  return (narrow ? NARROW_LINE_REM : LINE_REM) * rem
}

/**
 * The list's distance from the top of the page, measured when it mounts and again whenever the
 * page changes size (a line of text above it appearing, a new page of passages, a resize).
 * Never during a render: reading layout there would force it on every frame of a scroll.
 */
function useListOffset(list: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0)
  useLayoutEffect(() => {
    const el = list.current
    if (!el) return undefined
    const measure = () => setOffset((prev) => (Math.abs(el.offsetTop - prev) > 1 ? el.offsetTop : prev))
    measure()
    if (typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [list])
  return offset
}

interface LineProps {
  passage: Passage
  index: number
  total: number
  top: number
  height: number
  catalog: Catalog
  search: SearchParams
}

/**
 * `#pN` opens the paragraph; the text directive after it (`:~:text=`) lets a browser that
 * reads it mark the very words. Dashes are escaped too: in a directive they separate a prefix.
 */
function passageHash(passage: Pick<Passage, 'paragraph' | 'match'>): string {
  return `p${passage.paragraph}:~:text=${encodeURIComponent(passage.match).replace(/-/g, '%2D')}`
}

/** One passage; re-renders only when its place or the search changes. */
const PassageLine = memo(function PassageLine({ passage, index, total, top, height, catalog, search }: LineProps) {
  const s = catalog.entry(passage.doc)
  const speaker = s.speakers.length ? s.speakers.map((sp) => sp.name).join(', ') : s.issuer
  return (
    <li aria-setsize={total} aria-posinset={index + 1} className="passage" style={{ height, transform: `translateY(${top}px)` }}>
      <span className="passage__left">
        {/* Laid out right to left (passages.css), a trailing space would move to the far end of
            the line; a no-break space is not whitespace to the bidi algorithm, and stays. */}
        <span>{passage.left.replace(/\s+$/, '\u00a0')}</span>
      </span>
      <Link
        className="passage__match"
        to="/statements/$id"
        params={{ id: s.id }}
        search={search}
        hash={passageHash(passage)}
        title={`${s.title}, paragraph ${passage.paragraph}`}
      >
        <mark>{passage.match}</mark>
      </Link>
      <span className="passage__right">{passage.right}</span>
      <span className="passage__meta">
        <span className="passage__date">
          <RecordedDate date={s.date} />
        </span>
        <span className="passage__who">
          {speaker ? <span>{speaker}</span> : null}
          {speaker && s.country ? ', ' : null}
          {s.country ? <span>{catalog.label('country', s.country)}</span> : null}
        </span>
      </span>
    </li>
  )
})

function NoPassages({ search }: { search: SearchParams }) {
  return (
    <div className="no-results">
      <p className="no-results__title">No passage holds “{search.q}”.</p>
      <ul>
        {hasFilters(search) ? <li>Remove a filter to widen the search.</li> : null}
        <li>Try fewer or different words.</li>
      </ul>
    </div>
  )
}
