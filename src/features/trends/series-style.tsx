import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3-shape'

// Each series' look: a colour from a palette that colour-blind readers can tell apart (after
// Okabe and Ito, darkened to stand out against white), and a dash and a marker of its own, so
// that the lines stay apart in a greyscale print too.

export interface SeriesStyle {
  colour: string
  dash: string | undefined
  marker: SymbolType
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#0072b2', dash: undefined, marker: symbolCircle },
  { colour: '#c75000', dash: '7 3', marker: symbolSquare },
  { colour: '#007a5e', dash: '2 3', marker: symbolTriangle },
  { colour: '#b0488e', dash: '9 3 2 3', marker: symbolDiamond },
  { colour: '#8a6500', dash: '4 2', marker: symbolCross },
  { colour: '#3d4651', dash: '12 3', marker: symbolStar },
]

export function seriesStyle(k: number): SeriesStyle {
  return SERIES_STYLES[k % SERIES_STYLES.length] as SeriesStyle
}

/** A marker's path, centred on 0,0; `size` is its area in square pixels. */
export function markerPath(k: number, size: number): string {
  return symbol(seriesStyle(k).marker, size)() ?? ''
}

/** The legend's sample of a series: a stretch of its line with its marker. */
export function SeriesSwatch({ k }: { k: number }) {
  const style = seriesStyle(k)
  return (
    <svg className="trend-swatch" width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
      <line x1="1" x2="33" y1="7" y2="7" stroke={style.colour} strokeWidth="2" strokeDasharray={style.dash} />
      <path d={markerPath(k, 40)} transform="translate(17 7)" fill={style.colour} />
    </svg>
  )
}
