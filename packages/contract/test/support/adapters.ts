// The contract suite runs for every SDK through one small interface: call
// the SDK's method of an operation with given arguments, against a base URL,
// and report what it returned in a form both SDKs can give.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { APIError, Revox } from '@revoxai/sdk';
import { methodArguments } from '@revoxai/codegen';
import type { Operation } from '@revoxai/spec';

/** An operation's arguments: its path parameters by name, its query, its body. */
export interface Values {
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/** What a method gave: the parsed answer, the bytes of a binary one, or the error of a failure status. */
export type Result =
  | { json: unknown }
  | { binary: { bytes: number; contentType: string } }
  | { error: { className: string; status: number; message: string } };

export interface Adapter {
  name: string;
  call(operation: Operation, values: Values): Promise<Result>;
}

/** `client.users.me.retrieve`, from the operation's SDK name. */
const methodOf = (client: Revox, { sdk }: Operation) =>
  sdk.resource.reduce((node: any, name) => node[name], client)[sdk.method] as (...args: unknown[]) => Promise<unknown>;

/** @revoxai/sdk, in this process. */
export function typescriptAdapter(baseURL: () => string): Adapter {
  let client: Revox | undefined;
  return {
    name: 'TypeScript',
    async call(operation, values) {
      client ??= new Revox({ apiKey: 'sk_test_prism', baseURL: baseURL(), maxRetries: 0, logLevel: 'off' });
      try {
        const answer = await methodOf(client, operation)(...methodArguments(operation, values));
        return answer instanceof Blob ? { binary: { bytes: answer.size, contentType: answer.type } } : { json: answer };
      } catch (error) {
        if (error instanceof APIError) return { error: { className: error.name, status: error.status, message: error.message } };
        throw error;
      }
    },
  };
}

const run = promisify(execFile);
// By path, not as a dependency: @revoxai/ruby depends on this package for its
// mock, and turbo refuses a cycle. turbo.json lists the gem's lib as an input.
const rubyLib = fileURLToPath(new URL('../../../ruby/lib', import.meta.url));
const rubyScript = fileURLToPath(new URL('../../adapters/ruby.rb', import.meta.url));

/** The `revox` gem, one Ruby process per call (adapters/ruby.rb). */
export function rubyAdapter(baseURL: () => string): Adapter {
  return {
    name: 'Ruby',
    async call(operation, values) {
      const child = run('ruby', ['-I', rubyLib, rubyScript], { env: { PATH: process.env.PATH } });
      child.child.stdin!.end(JSON.stringify({ baseUrl: baseURL(), sdk: operation.sdk.name, ...values }));
      const { stdout } = await child;
      return JSON.parse(stdout) as Result;
    },
  };
}
