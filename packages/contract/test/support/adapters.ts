// Every SDK is driven through one small interface, so that the conformance
// table and the Prism suite run unchanged for each language: call one SDK
// method (by its plan name, with path values and named parameters by the
// plan's identifiers) with a client made from language-neutral options, and
// report what came back in a form every SDK can give, with the log lines the
// call wrote. TypeScript runs in this process; the others are one
// long-lived process each, speaking JSON lines (adapters/ruby.rb,
// packages/python/tests/adapter.py).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { type OperationPlan, loadPlan, tsName } from '@revoxai/codegen';
import { Revox, type ClientOptions } from '@revoxai/sdk';

/** The client's options, language-neutral: durations in milliseconds. */
export interface ClientSpec {
  maxRetries?: number;
  timeoutMs?: number;
  retryDelay?: { initialMs?: number; maxMs?: number };
  maxRetryAfterMs?: number;
  maxResponseBytes?: number;
  logLevel?: string;
}

/** One call: the SDK method by its plan name (`assistants.update`), its path values in template order, its named parameters by identifier. */
export interface Call {
  baseUrl: string;
  apiKey: string;
  client?: ClientSpec;
  call: string;
  path?: unknown[];
  params?: Record<string, unknown>;
  requestOptions?: { extraHeaders?: Record<string, string>; extraBody?: Record<string, unknown> };
}

export type Answer = { json: unknown } | { binary: { bytes: number; contentType: string; sha256: string } } | { empty: true };
export interface Failure {
  /** The error's class as the language names it: `APIConnectionTimeoutError`, `Revox::Errors::APITimeoutError`. */
  className: string;
  status: number | null;
  message: string;
  /** Every printed form of the error (message, inspection, causes, body): what must never hold a secret. */
  printed: string;
}
export type Outcome = ({ answer: Answer } | { error: Failure }) & { logs: string[] };

export interface Adapter {
  /** The language's name in spec/sdk-policy.yaml's `languages` table. */
  language: 'typescript' | 'ruby' | 'python';
  call(input: Call): Promise<Outcome>;
  close(): Promise<void>;
}

const plan = loadPlan();
const byName = new Map(plan.operations.map((o) => [o.sdkName, o]));

/** The operation of a plan name. */
export function operationNamed(name: string): OperationPlan {
  const operation = byName.get(name);
  if (!operation) throw new Error(`the plan has no operation ${name}`);
  return operation;
}

/** An operation's example as a call's path values and named parameters by identifier (the spec's examples are by wire name). */
export function exampleCall(operation: OperationPlan): Pick<Call, 'call' | 'path' | 'params'> {
  const ident = new Map(operation.params.map((p) => [p.wire, p.ident]));
  const params = Object.fromEntries(Object.entries(operation.example.params).map(([wire, value]) => [ident.get(wire) ?? wire, value]));
  return { call: operation.sdkName, path: operation.pathParams.map((p) => operation.example.pathParams[p.wire]), params };
}

/** @revoxai/sdk, in this process. Clients are kept per base URL and options, so a case's calls share connections. */
export function typescriptAdapter(): Adapter {
  const clients = new Map<string, { client: Revox; logs: string[] }>();
  const clientFor = (input: Call) => {
    const key = JSON.stringify([input.baseUrl, input.apiKey, input.client]);
    let entry = clients.get(key);
    if (!entry) {
      const logs: string[] = [];
      const line = (message: string, ...details: unknown[]) => logs.push([message, ...details.map((d) => JSON.stringify(d))].join(' '));
      const { maxRetries, timeoutMs, retryDelay, maxRetryAfterMs, maxResponseBytes, logLevel } = input.client ?? {};
      const options: ClientOptions = {
        apiKey: input.apiKey,
        baseURL: input.baseUrl,
        maxRetries,
        timeout: timeoutMs,
        retryDelay: { ...retryDelay, ...(maxRetryAfterMs === undefined ? {} : { maxRetryAfterMs }) },
        maxResponseBytes,
        logLevel: (logLevel ?? 'off') as ClientOptions['logLevel'],
        logger: { error: line, warn: line, info: line, debug: line },
      };
      entry = { client: new Revox(options), logs };
      clients.set(key, entry);
    }
    return entry;
  };
  return {
    language: 'typescript',
    async call(input) {
      let logs: string[] = [];
      try {
        const entry = clientFor(input);
        logs = entry.logs;
        logs.length = 0;
        const operation = operationNamed(input.call);
        // TypeScript callers write wire names; a keyword the plan does not know is passed as it is.
        const wire = new Map(operation.params.map((p) => [p.ident, p.wire]));
        const params = {
          ...Object.fromEntries(Object.entries(input.params ?? {}).map(([ident, value]) => [wire.get(ident) ?? ident, value])),
          ...input.requestOptions?.extraBody,
        };
        // The arguments in the method's order: path values, the params object, the request options.
        const args: unknown[] = operation.pathParams.map((_, i) => input.path?.[i]);
        if (operation.input !== 'none') args.push(params);
        if (input.requestOptions?.extraHeaders) args.push({ headers: input.requestOptions.extraHeaders });
        const resource = operation.resource.reduce((node: any, name) => node[tsName(name)], entry.client);
        const answer = await resource[tsName(operation.method)](...args);
        return { answer: await answerOf(answer), logs: [...logs] };
      } catch (error) {
        return { error: failureOf(error), logs: [...logs] };
      }
    },
    async close() {
      clients.clear();
    },
  };
}

async function answerOf(answer: unknown): Promise<Answer> {
  if (answer === undefined) return { empty: true };
  if (answer instanceof Blob) {
    const bytes = new Uint8Array(await answer.arrayBuffer());
    return { binary: { bytes: bytes.length, contentType: answer.type, sha256: createHash('sha256').update(bytes).digest('hex') } };
  }
  return { json: answer };
}

function failureOf(error: unknown): Failure {
  const e = error as { name?: string; status?: number; message?: string };
  const printed = [String(error), inspect(error, { depth: 10, showHidden: true }), safeJson(error)].join('\n');
  return {
    className: e?.name ?? typeof error,
    status: typeof e?.status === 'number' ? e.status : null,
    message: e?.message ?? String(error),
    printed,
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return `(not JSON: ${(error as Error).message})`;
  }
}

/**
 * An SDK in another language, as one long-lived process reading a call per
 * line on stdin and answering one line each on stdout.
 */
export function processAdapter(language: 'ruby' | 'python', command: string, args: string[], env: Record<string, string> = {}): Adapter {
  let child: ChildProcessWithoutNullStreams | undefined;
  let lines: AsyncIterator<string> | undefined;
  let stderr = '';
  let queue = Promise.resolve();
  const start = () => {
    child = spawn(command, args, { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  };
  return {
    language,
    call(input) {
      // One call at a time: the process answers in order.
      const result = queue.then(async () => {
        if (!child) start();
        child!.stdin.write(`${JSON.stringify(input)}\n`);
        const next = await lines!.next();
        if (next.done) throw new Error(`the ${language} adapter stopped: ${stderr}`);
        return JSON.parse(next.value) as Outcome;
      });
      queue = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
    async close() {
      if (!child) return;
      // A process that stopped on its own (its error is in stderr) has nothing left to wait for.
      const exited =
        child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child!.once('exit', resolve));
      child.stdin.end();
      await exited;
      child = undefined;
    },
  };
}

const contractDir = fileURLToPath(new URL('../../', import.meta.url));
// By path, not as a dependency: @revoxai/ruby depends on this package for its
// mock, and turbo refuses a cycle. turbo.json lists the gem's lib as an input.
export const rubyAdapter = () => processAdapter('ruby', 'ruby', ['-I', `${contractDir}../ruby/lib`, `${contractDir}adapters/ruby.rb`]);
// The Python package from its source, as a program with PYTHONPATH set would import it.
export const pythonAdapter = () =>
  processAdapter('python', 'python3', ['-B', `${contractDir}../python/tests/adapter.py`], { PYTHONPATH: `${contractDir}../python/src` });
