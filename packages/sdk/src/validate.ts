// Opt-in request validation against the spec, generated at build time.
// Kept out of the main entry so the core client stays small:
//
//   import Revox from '@revoxai/sdk';
//   import { validateRequest } from '@revoxai/sdk/validate';
//   const client = new Revox({ validate: validateRequest });
//
// It enforces what the spec states, and names a top-level body field the
// spec does not describe (a misspelt `nmae`), which the API itself may take
// or ignore: send such a field without the validator.
import type { ValidationIssue } from './errors.js';
import { RevoxValidationError } from './errors.js';
import type { SchemaError, Validator } from './generated/validators.js';
import { queryValidators, requestValidators } from './generated/validators.js';
import type { RequestValidator } from './options.js';

/**
 * The problems of a request to `METHOD path` (a path template of the spec):
 * its body against the body schema, and its query (the object of query
 * parameters the caller passes) against the parameters. Empty when valid, or
 * when the operation has neither.
 */
export function requestIssues(method: string, path: string, body: unknown, query?: unknown): ValidationIssue[] {
  const route = `${method.toUpperCase()} ${path}`;
  return [...check(requestValidators[route], body, 'body'), ...check(queryValidators[route], query ?? {}, 'query')];
}

/** Throws RevoxValidationError listing every problem of the request; pass it as the client's `validate` option. */
export const validateRequest: RequestValidator = (method, path, body, query) => {
  const issues = requestIssues(method, path, body, query);
  if (issues.length) throw new RevoxValidationError(issues);
};

function check(validate: Validator | undefined, value: unknown, root: string): ValidationIssue[] {
  return !validate || validate(value) ? [] : issuesFrom(validate.errors ?? [], root);
}

/** Ajv errors as field-addressed issues, without the noise of failed `oneOf` branches; `root` names the value itself. */
export function issuesFrom(errors: SchemaError[], root = 'body'): ValidationIssue[] {
  const meaningful = errors.filter((e) => e.keyword !== 'oneOf' && !(e.keyword === 'type' && e.params.type === 'null'));
  const kept = meaningful.length ? meaningful : errors;
  const issues = kept.map((error) => toIssue(error, root));
  return issues.filter((issue, i) => issues.findIndex((o) => o.path === issue.path && o.message === issue.message) === i);
}

function toIssue(error: SchemaError, root: string): ValidationIssue {
  const fieldPath = (segments: string[]) => (segments.length ? segments.join('.') : root);
  const at = error.instancePath.slice(1).split('/').filter(Boolean).map(unescapePointer);
  switch (error.keyword) {
    case 'required':
      return { path: fieldPath([...at, error.params.missingProperty]), message: 'is required' };
    case 'enum':
      return {
        path: fieldPath(at),
        message: `must be one of ${error.params.allowedValues.map((v: unknown) => JSON.stringify(v)).join(', ')}`,
      };
    case 'const':
      return { path: fieldPath(at), message: `must be ${JSON.stringify(error.params.allowedValue)}` };
    case 'discriminator':
      return error.params.error === 'tag'
        ? { path: fieldPath([...at, error.params.tag]), message: 'is required and must be a string' }
        : { path: fieldPath([...at, error.params.tag]), message: `has no variant ${JSON.stringify(error.params.tagValue)}` };
    case 'type':
      return { path: fieldPath(at), message: `must be ${String(error.params.type).split(',').join(' or ')}` };
    case 'unevaluatedProperties':
    case 'additionalProperties': {
      const field = error.params.unevaluatedProperty ?? error.params.additionalProperty;
      return { path: fieldPath([...at, field]), message: 'is not a field of this request in the spec (misspelt?)' };
    }
    default:
      return { path: fieldPath(at), message: error.message ?? `breaks the "${error.keyword}" rule` };
  }
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
