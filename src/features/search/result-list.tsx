import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { HighlightedText } from '../../lib/highlighted-text.tsx'
import { useAfterPaint } from '../../lib/use-after-paint.ts'
import type { Catalog } from '../../search/catalog.ts'
import type { Snippet } from '../../search/highlight.ts'
import { hasFilters, type SearchParams } from '../../search/search-params.ts'
import { RESULT_PAGE, type Highlight, type SearchResults } from '../../search/search-types.ts'
import { catalogChunkQueryOptions } from '../../service/archive.ts'
import { snippetsQueryOptions } from '../../service/search-queries.ts'
import { SpeakerLink } from '../speaker/speaker-link.tsx'
import { TopicTags } from '../topic/topic-tags.tsx'
import { useArchive } from './use-search-state.ts'
import { RecordedDate } from '../layout/recorded-date.tsx'

interface Props {
  results: SearchResults
  /** The search the results answer: each row's link carries it to the statement page. */
  answered: SearchParams
}

// A row's height before it is measured: title, meta line, three lines of snippet, topics.
const ESTIMATED_ROW = 190

// How many rows the list shows before the virtualizer's code arrives: more than a tall screen
// holds. A search with no more matches than this never needs the virtualizer at all.
const FIRST_ROWS = 20

type VirtualCode = typeof import('@tanstack/react-virtual')
let virtualCode: Promise<VirtualCode> | undefined
const loadVirtualCode = () => (virtualCode ??= import('@tanstack/react-virtual'))

export function ResultList(props: Props) {
  const many = props.results.total > FIRST_ROWS
  const code = useVirtualCode(many)
  if (props.results.total === 0) return <NoResults results={props.results} search={props.answered} />
  if (many && code) return <VirtualResults {...props} useWindowVirtualizer={code.useWindowVirtualizer} />
  return <FirstResults {...props} />
}

/**
 * The virtualizer, loaded once the first results are on screen (when the browser is next idle,
 * or at the first scroll, whichever comes first), so that its code is not part of what the
 * first results wait for.
 */
function useVirtualCode(needed: boolean): VirtualCode | undefined {
  const [code, setCode] = useState<VirtualCode>()
  useEffect(() => {
    if (!needed || code) return
    let live = true
    // Taking over from the first rows renders the list anew and measures its rows: on a slow
    // phone a task of over 100 ms, which a transition splits so that typing is not held up.
    const load = () => void loadVirtualCode().then((m) => live && startTransition(() => setCode(m)))
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(load, { timeout: 1000 }) : window.setTimeout(load, 200)
    window.addEventListener('scroll', load, { once: true, passive: true })
    return () => {
      live = false
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle)
      else window.clearTimeout(idle)
      window.removeEventListener('scroll', load)
    }
  }, [needed, code])
  return code
}

/** The passages of the rows shown, asked for together. */
function useRowSnippets(results: SearchResults, docs: number[]) {
  const archive = useArchive()
  // Until its passage arrives a row shows its metadata, with room kept for the snippet.
  const highlight = useMemo(() => ({ terms: [...results.matchedTerms].sort(), phrases: results.phrases }), [results])
  // While a new window of rows waits for its passages, rows that already had theirs for these
  // same words keep them.
  const snippets = useQuery({ ...snippetsQueryOptions(archive, docs, highlight), placeholderData: keepPreviousData })
  const current = snippets.data && sameHighlight(snippets.data.highlight, highlight) ? snippets.data.byDoc : undefined
  return { current, failed: snippets.isError }
}

/**
 * The catalog rows of the rows on screen, and of the page after them, fetched in their chunks:
 * the first page's came with the results; a scroll brings the rest. Rows not here yet keep
 * their place, and a chunk that fails says so, with Retry.
 */
function useRowChunks(docs: readonly number[], next: readonly number[]) {
  const archive = useArchive()
  const { catalog } = archive
  const chunks = catalog.chunksOf([...docs, ...next])
  const queries = useQueries({ queries: chunks.map((chunk) => catalogChunkQueryOptions(archive, chunk)) })
  const failed = queries.filter((q) => q.isError)
  return {
    failed: failed.length > 0,
    retry: () => failed.forEach((q) => void q.refetch()),
  }
}

function RowsFailedNotice({ retry }: { retry: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>Some results could not be loaded.</p>
      <button type="button" className="button" onClick={retry}>
        Retry
      </button>
    </div>
  )
}

function PartialNotice({ results }: { results: SearchResults }) {
  return results.partial ? (
    <p className="notice notice--info">No statement contains every word you typed; these contain some of them.</p>
  ) : null
}

/** The first rows in the page's flow, before (or without) the virtualizer. */
function FirstResults({ results, answered }: Props) {
  const archive = useArchive()
  const docs = results.ids.slice(0, FIRST_ROWS)
  const { current, failed } = useRowSnippets(results, docs)
  // The first RESULT_PAGE came with the results; the rest of these, and the next page's for a
  // scroll, are fetched once the first are painted. Asked for in the same commit, twenty or
  // thirty requests (one each, where the matches lie far apart) would hold that paint up.
  const painted = useAfterPaint()
  const chunks = useRowChunks(painted ? docs : [], painted ? results.ids.slice(FIRST_ROWS, FIRST_ROWS + RESULT_PAGE) : [])
  return (
    <>
      <PartialNotice results={results} />
      {chunks.failed ? <RowsFailedNotice retry={chunks.retry} /> : null}
      <ol className="result-list">
        {docs.map((doc, index) => (
          <ResultRow
            key={doc}
            catalog={archive.catalog}
            results={results}
            index={index}
            search={answered}
            snippet={current?.get(doc)}
            failed={failed}
            loaded={archive.catalog.isLoaded(doc)}
          />
        ))}
      </ol>
    </>
  )
}

/**
 * Only the rows near the viewport exist in the DOM, so a search with 14,000 matches renders as
 * fast as one with ten; passages are found for those rows only.
 */
function VirtualResults({ results, answered, useWindowVirtualizer }: Props & { useWindowVirtualizer: VirtualCode['useWindowVirtualizer'] }) {
  const archive = useArchive()
  // The list's distance from the top of the page: which rows are on screen depends on it.
  const [offset, setOffset] = useState(0)
  const virtualizer = useWindowVirtualizer({
    count: results.total,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 4,
    scrollMargin: offset,
    // The rows' places and the list's height are written to their styles by the virtualizer
    // itself, so that a row measured, or a scroll within the rows already drawn, re-renders
    // nothing; React renders again only when the range of rows changes.
    directDomUpdates: true,
    // A row is measured by the ResizeObserver, in the frame's own layout. Reading its height
    // when it mounts would force a layout of the whole page inside the commit that shows a new
    // result set: on a slow phone most of a 100 ms task. Until then it keeps the size it had
    // (or its estimate, which is also what it keeps where nothing is laid out, as in jsdom).
    measureElement: (el, entry, instance) => {
      const box = entry?.borderBoxSize?.[0]
      if (box && box.blockSize > 0) return Math.round(box.blockSize)
      return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(el))) ?? ESTIMATED_ROW
    },
  })
  const list = useRef<HTMLOListElement | null>(null)
  const containerRef = virtualizer.containerRef
  const listRef = useCallback(
    (el: HTMLOListElement | null) => {
      list.current = el
      containerRef(el)
    },
    [containerRef],
  )
  // The offset is read once the frame is painted, when the layout is clean and the read costs
  // nothing; rows are placed relative to the list, so a stale offset for a frame only widens or
  // narrows the range drawn, never misplaces a row.
  useEffect(() => {
    let timer = 0
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const top = list.current?.offsetTop
        if (top !== undefined) setOffset((prev) => (Math.abs(top - prev) > 1 ? top : prev))
      })
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  })
  const rows = virtualizer.getVirtualItems()
  const docs = rows.map((row) => results.ids[row.index]).filter((doc): doc is number => doc !== undefined)
  const { current, failed } = useRowSnippets(results, docs)
  const last = rows.at(-1)?.index ?? 0
  const chunks = useRowChunks(docs, results.ids.slice(last + 1, last + 1 + RESULT_PAGE))

  return (
    <>
      <PartialNotice results={results} />
      {chunks.failed ? <RowsFailedNotice retry={chunks.retry} /> : null}
      <ol ref={listRef} className="result-list" style={{ position: 'relative' }}>
        {rows.map((row) => {
          const doc = results.ids[row.index]
          if (doc === undefined) return null
          return (
            <ResultRow
              key={doc}
              catalog={archive.catalog}
              results={results}
              index={row.index}
              placed
              search={answered}
              snippet={current?.get(doc)}
              failed={failed}
              measure={virtualizer.measureElement}
              loaded={archive.catalog.isLoaded(doc)}
            />
          )
        })}
      </ol>
    </>
  )
}

const PLACED = { position: 'absolute', top: 0, left: 0, width: '100%' } as const

interface RowProps {
  catalog: Catalog
  results: SearchResults
  index: number
  /** A virtual row, which the virtualizer places; a row of the first rows is in the page's flow. */
  placed?: boolean
  search: SearchParams
  /** The passage to show; undefined until it arrives. */
  snippet: Snippet | undefined
  /** The passages of the rows on screen could not be loaded. */
  failed: boolean
  measure?: (el: HTMLElement | null) => void
  /** Whether the row's catalog entry is here; a row waits for it in place. */
  loaded?: boolean
}

/** One result; re-renders only when the search or its passage changes (the virtualizer places it). */
const ResultRow = memo(function ResultRow({ catalog, results, index, placed, search, snippet, failed, measure }: RowProps) {
  const hit = catalog.hitAt(results, index)
  // No transform here: the virtualizer writes it, and React must not write over it.
  const place = placed ? PLACED : undefined
  if (!hit) {
    return <li ref={measure} data-index={index} className="result-pending" aria-hidden="true" style={{ ...place, height: ESTIMATED_ROW }} />
  }
  const { entry: s } = hit
  return (
    <li
      ref={measure}
      data-index={index}
      aria-setsize={results.total}
      aria-posinset={index + 1}
      className="result"
      style={place}
    >
      <article aria-labelledby={`r-${s.id}`}>
        <h3 className="result__title" id={`r-${s.id}`}>
          <Link to="/statements/$id" params={{ id: s.id }} search={search}>
            <HighlightedText text={s.title} ranges={hit.titleRanges} />
          </Link>
        </h3>
        <p className="result__meta">
          <span>
            <RecordedDate date={s.date} />
          </span>
          <span className="result__type">{catalog.label('type', s.type)}</span>
          {s.speakers.length ? (
            <span className="result__speakers">
              {s.speakers.map((sp, n) => (
                <span key={sp.id}>
                  {n > 0 ? ', ' : ''}
                  <SpeakerLink id={sp.id}>{sp.name}</SpeakerLink>
                  {sp.role ? <span className="result__role"> ({sp.role})</span> : null}
                </span>
              ))}
            </span>
          ) : s.issuer ? (
            <span className="result__speakers">{s.issuer}</span>
          ) : null}
          {s.country ? (
            <Link to="/countries/$id" params={{ id: s.country }} className="result__country">
              {catalog.label('country', s.country)}
            </Link>
          ) : null}
        </p>
        {snippet?.text ? (
          <p className="result__snippet">
            {snippet.clippedStart ? '… ' : ''}
            <HighlightedText text={snippet.text} ranges={snippet.ranges} />
            {snippet.clippedEnd ? ' …' : ''}
          </p>
        ) : failed ? (
          <p className="result__snippet muted">The passage could not be loaded.</p>
        ) : (
          <p className="result__snippet result__snippet--pending" aria-hidden="true" />
        )}
        {s.topics.length ? <TopicTags topics={s.topics} catalog={catalog} className="result__topics" label="Topics" /> : null}
      </article>
    </li>
  )
})

function NoResults({ results, search }: { results: SearchResults; search: SearchParams }) {
  return (
    <div className="no-results">
      <p className="no-results__title">No statements match.</p>
      <ul>
        {results.unmatchedWords.length ? (
          <li>
            No statement contains {results.unmatchedWords.map((w) => `“${w}”`).join(', ')}, even allowing for typos.
          </li>
        ) : null}
        {hasFilters(search) ? <li>Remove a filter to widen the search.</li> : null}
        <li>Try fewer or different words.</li>
      </ul>
    </div>
  )
}

function sameHighlight(a: Highlight, b: Highlight): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((t, i) => t === y[i])
  return same(a.terms, b.terms) && a.phrases.length === b.phrases.length && a.phrases.every((p, i) => same(p, b.phrases[i] ?? []))
}
