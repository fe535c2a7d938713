import { Figure } from '../figures';
import { headlinePanel } from './headline-panel';

type Total = { total: Figure };
const total = (field: string) => `adoptionActivity(period: $period) { ${field} { total { ...F } } }`;
const pick = (field: string) => (answer: unknown) => (answer as Record<string, Total>)[field].total;

/** The board's annual counts: decisions, placement orders, children placed, adoption orders, early permanence. */
export const adoptionActivityPanel = headlinePanel({
  id: 'adoption-activity',
  title: 'Adoption in the year',
  describe: (s) => `The adoption scorecard's counts for ${s.year}, per council and for the partnership.`,
  headlines: [
    { name: 'Decisions (ADM)', field: total('decisions'), pick: pick('decisions') },
    { name: 'Placement orders', field: total('placementOrders'), pick: pick('placementOrders') },
    { name: 'Children placed', field: total('childrenPlaced'), pick: pick('childrenPlaced') },
    { name: 'Adoption orders', field: total('adoptionOrders'), pick: pick('adoptionOrders') },
    {
      name: 'Early permanence placements',
      field: total('earlyPermanencePlacements'),
      pick: pick('earlyPermanencePlacements'),
    },
  ],
});
