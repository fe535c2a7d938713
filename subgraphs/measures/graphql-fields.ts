import type { AdvancedOptions, ReturnTypeFunc } from 'type-graphql/build/typings/decorators/types';
import {
  Arg,
  ArgOptions,
  ClassType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { RequestContext } from '../platform/request-context';

/** One argument of a generated field: its name, GraphQL type and description. */
export interface ArgumentSpec {
  name: string;
  type: ReturnTypeFunc;
  options: ArgOptions;
}

export type FieldBody<T> = (root: T, context: RequestContext, args: Record<string, unknown>) => unknown;

/**
 * Adds a field resolver to a resolver class the way the decorators `@FieldResolver`, `@Root`,
 * `@Ctx`, `@Arg` and `@Directive` would, so that the kit can generate one field per declared
 * measure instead of every domain writing the same methods by hand.
 */
export function addFieldResolver<T>(
  resolver: ClassType,
  name: string,
  returns: ReturnTypeFunc,
  options: AdvancedOptions,
  args: ArgumentSpec[],
  body: FieldBody<T>,
  directives: string[] = [],
): void {
  const prototype = resolver.prototype as Record<string, unknown>;
  prototype[name] = function resolve(root: T, context: RequestContext, ...values: unknown[]) {
    return body(root, context, Object.fromEntries(args.map((a, i) => [a.name, values[i]])));
  };
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
  // The order TypeScript applies decorators in: parameters first, then the method's, bottom up.
  Root()(prototype, name, 0);
  Ctx()(prototype, name, 1);
  args.forEach((a, i) => Arg(a.name, a.type, a.options)(prototype, name, i + 2));
  FieldResolver(returns, options)(prototype, name, descriptor);
  for (const directive of directives) Directive(directive)(prototype, name, descriptor);
}

/** A plain data field on a generated object type. */
export function addDataField(type: ClassType, name: string, returns: ReturnTypeFunc, options: AdvancedOptions): void {
  Field(returns, options)(type.prototype, name);
}

/** A new, empty object type class named `name` (extending `base` when given, to inherit its fields). */
export function objectType(name: string, description: string, base?: ClassType): ClassType {
  const type = base ? class extends base {} : class {};
  Object.defineProperty(type, 'name', { value: name });
  ObjectType(name, { description })(type);
  return type;
}

/**
 * A resolver class for `type` with the fields `build` adds (with `addFieldResolver`); the
 * `@Resolver` decorator goes on last, once every field is there.
 */
export function resolverClass(name: string, type: () => ClassType, build: (resolver: ClassType) => void): ClassType {
  const resolver = class {};
  Object.defineProperty(resolver, 'name', { value: name });
  build(resolver);
  Resolver(type)(resolver);
  return resolver;
}
