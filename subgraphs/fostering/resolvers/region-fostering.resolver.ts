import { Resolver } from 'type-graphql';
import { RegionStub, REQUIRES_MEMBERS } from '../../measures/entities/region.stub';
import { regionScope } from '../../measures/figure-scope';
import { fosteringFiguresResolver } from './fostering-figures.resolver';

@Resolver(() => RegionStub)
export class RegionFosteringResolver extends fosteringFiguresResolver(
  RegionStub,
  (region) => regionScope(region.code, region.members),
  REQUIRES_MEMBERS,
) {}
