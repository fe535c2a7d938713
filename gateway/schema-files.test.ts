import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType, isIntrospectionType, parse } from 'graphql';
import { composeSupergraph } from './compose-supergraph';
import { subgraphSdlFile, supergraphFile } from './schema-files';

describe('checked-in schema files', () => {
  let composed: Awaited<ReturnType<typeof composeSupergraph>>;
  beforeAll(async () => {
    composed = await composeSupergraph();
  });

  it('match what the code produces (run `npm run schema` after changing the API)', () => {
    for (const { name, sdl } of composed.subgraphs) expect(readFileSync(subgraphSdlFile(name), 'utf8')).toBe(sdl);
    expect(readFileSync(supergraphFile(), 'utf8')).toBe(composed.supergraph);
  });

  it('describe every type, field, argument and enum value of the API', () => {
    // The API schema as clients see it (federation's own types and directives are not ours to describe).
    const supergraph = buildSchema(readFileSync(supergraphFile(), 'utf8'), { assumeValidSDL: true });
    const missing: string[] = [];
    const ours = (type: GraphQLNamedType) => !isIntrospectionType(type) && !isSpecifiedScalarType(type) && !/^(join__|link__|_)/.test(type.name) && type.name !== 'link__Purpose';
    for (const type of Object.values(supergraph.getTypeMap()).filter(ours)) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (isScalarType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
    expect(parse(composed.supergraph).definitions.length).toBeGreaterThan(10);
  });
});
