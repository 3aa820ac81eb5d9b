import { RevoxValidationError } from './errors.js';

/**
 * Checks a path parameter before it is put in a URL. openapi-fetch
 * percent-encodes values, so `/`, `?`, `#`, `%`, spaces and non-ASCII stay
 * inside one segment; what encoding cannot make safe is refused here:
 * empty values and the dot segments `.` and `..`, which URL parsers resolve
 * to another path (`/assistants/..` would address `/`).
 */
export function pathParam(name: string, value: unknown): string {
  const problem =
    typeof value !== 'string'
      ? `must be a string, got ${value === null ? 'null' : typeof value}`
      : value === ''
        ? 'must not be empty'
        : value === '.' || value === '..'
          ? `must not be "${value}" (a dot segment changes the path)`
          : !isWellFormed(value)
            ? 'must not contain unpaired UTF-16 surrogates'
            : undefined;
  if (problem) throw new RevoxValidationError([{ path: name, message: problem }]);
  return value as string;
}

function isWellFormed(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The query string of `query`, as openapi-fetch's default serializer writes
 * it (the plan admits only form-exploded query parameters): `name=value`
 * percent-encoded, an array as `name=a&name=b`, an object as
 * `name[key]=value`; `undefined` and `null` are left out.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const search: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (value == null || (Array.isArray(value) && !value.length)) continue;
    const parts: string[] = [];
    if (Array.isArray(value)) for (const item of value) parts.push(queryPair(name, item));
    else if (typeof value === 'object')
      for (const key in value) parts.push(queryPair(`${name}[${key}]`, (value as Record<string, unknown>)[key]));
    else parts.push(queryPair(name, value));
    search.push(parts.join('&'));
  }
  return search.join('&');
}

function queryPair(name: string, value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'object')
    throw new Error('Deeply-nested arrays/objects aren’t supported. Provide your own `querySerializer()` to handle these.');
  return `${name}=${encodeURIComponent(value as string)}`;
}
