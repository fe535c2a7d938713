import { badInput } from '../../../schema/vocabulary/errors';
import { OptionArgument } from '../../measures/measure';
import { CharacteristicFilter } from '../data/journey-row';
import { Characteristic } from '../types/characteristic.enum';

/** The characteristic filter every journey figure takes: which children it is about. */
export const CHARACTERISTIC_OPTIONS: OptionArgument[] = [
  {
    name: 'excluding',
    type: () => [Characteristic],
    options: {
      nullable: true,
      description: 'Leave out children with any of these characteristics (e.g. all four: "hard to place taken out").',
    },
  },
  {
    name: 'onlyWith',
    type: () => [Characteristic],
    options: { nullable: true, description: 'Count only children with at least one of these characteristics.' },
  },
];

/** The filter of a field's options; a characteristic both excluded and required is refused. */
export function filterOf(args: Record<string, unknown>): CharacteristicFilter {
  const filter = {
    excluding: (args.excluding as Characteristic[] | null) ?? [],
    onlyWith: (args.onlyWith as Characteristic[] | null) ?? [],
  };
  const both = filter.excluding.find((c) => filter.onlyWith.includes(c));
  if (both) throw badInput('onlyWith', filter.onlyWith, `characteristics not also in "excluding" (${both} is in both)`);
  return filter;
}
