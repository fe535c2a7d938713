import { Resolver } from 'type-graphql';
import { LocalAuthorityStub, REQUIRES_POPULATION } from '../../measures/entities/local-authority.stub';
import { authorityScope } from '../../measures/figure-scope';
import { fosteringFiguresResolver } from './fostering-figures.resolver';

@Resolver(() => LocalAuthorityStub)
export class LocalAuthorityFosteringResolver extends fosteringFiguresResolver(
  LocalAuthorityStub,
  (authority) => authorityScope(authority.code, authority.childPopulation),
  REQUIRES_POPULATION,
) {}
