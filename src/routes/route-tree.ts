import { countryRoute } from './country-route.tsx'
import { rootRoute } from './root-route.tsx'
import { searchRoute } from './search-route.tsx'
import { speakerRoute } from './speaker-route.tsx'
import { statementRoute } from './statement-route.tsx'
import { topicRoute } from './topic-route.tsx'
import { trendsRoute } from './trends-route.tsx'

export const routeTree = rootRoute.addChildren([searchRoute, statementRoute, speakerRoute, topicRoute, countryRoute, trendsRoute])
