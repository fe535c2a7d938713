import { Resolver } from 'type-graphql';
import { LocalAuthorityStub, REQUIRES_AUTHORITY } from '../../adoption.stubs';
import { authorityScope } from '../../../measures/figure-scope';
import { adoptionFiguresResolver } from './adoption-figures.resolver';

@Resolver(() => LocalAuthorityStub)
export class LocalAuthorityAdoptionResolver extends adoptionFiguresResolver(
  LocalAuthorityStub,
  (authority) => authorityScope(authority),
  REQUIRES_AUTHORITY,
) {}
