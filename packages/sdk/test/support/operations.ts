// Reaching an operation's method from the SDK plan, as a caller would
// (`client.users.me.retrieve`), and calling it with values by wire name.
import type { OperationPlan } from '@revoxai/codegen';
import { tsName, typescriptArguments } from '@revoxai/codegen';
import type { Revox } from '../../src/index.js';

type Method = (...args: unknown[]) => Promise<unknown>;

export function methodOf(client: Revox, operation: OperationPlan): Method {
  const resource = operation.resource.reduce<Record<string, unknown>>(
    (node, name) => node[tsName(name)] as Record<string, unknown>,
    client as unknown as Record<string, unknown>,
  );
  const method = resource?.[tsName(operation.method)];
  if (typeof method !== 'function') throw new Error(`client.${operation.sdkName} (${operation.id}) is not a method`);
  return method as Method;
}

/** Calls an operation's method with its path parameters and named parameters (wire names), as the plan orders the arguments. */
export function callOf(
  client: Revox,
  operation: OperationPlan,
  values: { pathParams?: Record<string, unknown>; params?: Record<string, unknown> } = operation.example,
): Promise<unknown> {
  return methodOf(client, operation)(...typescriptArguments(operation, values));
}
