import { adoptionActivityPanel } from './adoption-activity';
import { adoptionScorecardPanel } from './adoption-scorecard';
import { childrenInCarePanel } from './children-in-care';
import { earlyHelpPanel } from './early-help';
import { educationSendPanel } from './education-send';
import { BoardPanel } from './panel';

/**
 * The board page's sections, in order. A new domain adds its own file (a headlinePanel, or a
 * BoardPanel of its own) and one line here.
 */
export const PANELS: BoardPanel[] = [
  childrenInCarePanel,
  adoptionScorecardPanel,
  adoptionActivityPanel,
  earlyHelpPanel,
  educationSendPanel,
];
