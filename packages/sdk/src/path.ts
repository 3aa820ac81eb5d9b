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
