import { Resolver } from 'type-graphql';
import { RegionStub, REQUIRES_MEMBERS } from '../../adoption.stubs';
import { regionScope } from '../../../measures/figure-scope';
import { adoptionFiguresResolver } from './adoption-figures.resolver';

@Resolver(() => RegionStub)
export class RegionAdoptionResolver extends adoptionFiguresResolver(
  RegionStub,
  (region) => regionScope(region.code, region.members),
  REQUIRES_MEMBERS,
) {}
