import type { Catalog } from '../search/catalog.ts'
import type { ProfileFile, ProfileQuote, RoleSpan } from '../search/profile-files.ts'
import type { FacetCount, SearchResults } from '../search/search-types.ts'

// What a speaker page, a topic page and a country page show: the results of `profileQuery`
// (search-params.ts), which the search service answers from its columns (how many, which
// statements, the related facet), and the value's profile file (profile-files.ts: the span,
// a speaker's roles, the newest quotations). No statement's row is needed here: the page
// fetches the rows of the statements it lists, a page at a time.

/** Statements a profile lists at a time; the first page's rows load with the page. */
export const PROFILE_PAGE = 25

export interface Profile {
  total: number
  /** Every statement's document number, newest first. */
  docs: readonly number[]
  /** The dates of the newest and the oldest statement. */
  newest?: string | undefined
  oldest?: string | undefined
  quotes: ProfileQuote[]
}

export interface SpeakerProfile extends Profile {
  id: string
  name: string
  roles: RoleSpan[]
  topics: FacetCount[]
}

export interface CountryProfile extends Profile {
  id: string
  name: string
  speakers: FacetCount[]
}

export interface TopicProfile extends Profile {
  id: string
  label: string
  speakers: FacetCount[]
}

function profile(results: SearchResults, file: ProfileFile): Profile {
  return { total: results.total, docs: results.ids, newest: file.newest, oldest: file.oldest, quotes: file.quotes }
}

export function speakerProfile(results: SearchResults, catalog: Catalog, id: string, file: ProfileFile): SpeakerProfile {
  return { ...profile(results, file), id, name: catalog.label('speaker', id), roles: file.roles, topics: results.facets.topic }
}

export function topicProfile(results: SearchResults, catalog: Catalog, id: string, file: ProfileFile): TopicProfile {
  return { ...profile(results, file), id, label: catalog.label('topic', id), speakers: results.facets.speaker }
}

export function countryProfile(results: SearchResults, catalog: Catalog, code: string, file: ProfileFile): CountryProfile {
  return { ...profile(results, file), id: code, name: catalog.label('country', code), speakers: results.facets.speaker }
}
