import { AreaDeclaration } from '../support/calibration/runner';
import { adoptionJourneys } from './adoption-journeys.declarations';
import { agencyWork } from './agency-work.declarations';
import { childrenInCare } from './children-in-care.declarations';
import { domesticAbuse } from './domestic-abuse.declarations';
import { earlyHelp } from './early-help.declarations';
import { educationSend } from './education-send.declarations';
import { finance } from './finance.declarations';
import { NOT_YET_BUILT, outsideChildrensServices } from './not-yet-built.declarations';

/** Every area that owns rows of published-figures.csv. */
export const DECLARATIONS: AreaDeclaration[] = [
  childrenInCare,
  adoptionJourneys,
  agencyWork,
  finance,
  earlyHelp,
  educationSend,
  domesticAbuse,
  outsideChildrensServices,
];
export { NOT_YET_BUILT };
