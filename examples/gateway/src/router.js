// Route matching. A request matches a route when the method is the same (or the route says ANY)
// and every segment matches: literally, as a {name} parameter, or, for a final {.+}, the rest of
// the path (including nothing at all: /api/{.+} matches /api). Paths are split on "/" as they
// are, so /health/ does not match /health.
//
// The best match wins by, in order: an exact match, more matched segments, no wildcard, the
// request's own method over ANY, and the route's position in the config.

const WILDCARD = '{.+}';
const isParam = (segment) => segment.startsWith('{') && segment.endsWith('}');

/** How `routePath` matches `requestPath`, or null. */
export function matchPath(routePath, requestPath) {
  const route = routePath.split('/');
  const request = requestPath.split('/');
  const greedy = route[route.length - 1] === WILDCARD;
  if (greedy ? request.length < route.length - 1 : request.length !== route.length) return null;

  const params = {};
  let matched = 0;
  let exact = true;
  let wildcard = false;
  for (let i = 0; i < route.length; i++) {
    const segment = route[i];
    if (segment === WILDCARD) {
      // Nothing after a wildcard is compared. The match stays "exact" (a quirk of the gateway)
      // when the request has as many segments as the route: /api/{.+} is exact for /api/x.
      wildcard = true;
      params['.+'] = request.slice(i).join('/');
      if (request.length !== route.length) exact = false;
      matched = Math.min(route.length, request.length);
      break;
    }
    if (isParam(segment)) {
      params[segment.slice(1, -1)] = request[i];
      exact = false;
    } else if (segment !== request[i]) {
      return null;
    }
    matched++;
  }
  return { params, matched, exact, wildcard };
}

function compare(a, b, method) {
  if (a.exact !== b.exact) return a.exact ? -1 : 1;
  if (a.matched !== b.matched) return b.matched - a.matched;
  if (a.wildcard !== b.wildcard) return a.wildcard ? 1 : -1;
  const aOwn = a.route.method === method;
  const bOwn = b.route.method === method;
  if (aOwn !== bOwn) return aOwn ? -1 : 1;
  return a.index - b.index;
}

/** Every route of `paths` that matches, best first: `{ route, index, params, matched, exact, wildcard }`. */
export function findMatches(paths, method, pathname) {
  const matches = [];
  paths.forEach((route, index) => {
    if (route.method !== method && route.method !== 'ANY') return;
    const match = matchPath(route.path, pathname);
    if (match) matches.push({ route, index, ...match });
  });
  return matches.sort((a, b) => compare(a, b, method));
}

/** The route the gateway runs for the request, or null. */
export function matchRoute(paths, method, pathname) {
  return findMatches(paths, method, pathname)[0] ?? null;
}
