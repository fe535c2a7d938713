import { GraphQLSchema } from 'graphql';
import { buildFederatedSchema, ReferenceResolvers } from '../platform/build-subgraph-schema';
import { authoritiesReferenceResolvers } from './authorities.references';
import { AuthoritiesQueryResolver } from './resolvers/authorities-query.resolver';
import { DistrictResolver } from './resolvers/district.resolver';
import { LocalAuthorityResolver } from './resolvers/local-authority.resolver';
import { RegionResolver } from './resolvers/region.resolver';

export function buildAuthoritiesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [AuthoritiesQueryResolver, LocalAuthorityResolver, RegionResolver, DistrictResolver] },
    authoritiesReferenceResolvers as unknown as ReferenceResolvers,
  );
}
