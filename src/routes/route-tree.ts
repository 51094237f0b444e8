import { rootRoute } from './root-route.tsx'
import { searchRoute } from './search-route.tsx'
import { statementRoute } from './statement-route.tsx'

export const routeTree = rootRoute.addChildren([searchRoute, statementRoute])
