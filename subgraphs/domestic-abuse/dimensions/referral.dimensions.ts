import { dimensionSet, YES_NO } from '../../measures/dimension-set';
import { NO_DISTRICT } from '../../measures/district-figures';
import { COUNCIL, DISTRICT } from '../codes/area.codes';
import {
  AGE_GROUP,
  NOT_ACCEPTED_REASON,
  REFERRAL_SOURCE,
  REFERRAL_UNIT,
  RISK_LEVEL,
  SERVICE,
  SUPPORT_LEVEL,
} from '../codes/referral.codes';
import { DomesticAbuseReferralRow } from '../data/referrals.queries';

/** The ways to split referrals to the commissioned domestic abuse services. */
export const REFERRAL_DIMENSIONS = dimensionSet<DomesticAbuseReferralRow>({
  enumName: 'DomesticAbuseReferralDimension',
  description: 'A way to split referrals to commissioned domestic abuse services.',
  rowTypeName: 'DomesticAbuseReferralFigureRow',
  dimensions: {
    SERVICE: { description: 'The service referred to: victim or perpetrator.', codes: SERVICE, attribute: 'service' },
    AGE_GROUP: {
      description: 'Adult, or children and young people.',
      codes: AGE_GROUP,
      attribute: 'ageGroup',
    },
    SOURCE: { description: 'Who referred.', codes: REFERRAL_SOURCE, attribute: 'source' },
    DISTRICT: {
      description:
        'The district of residence (GSS code); NONE for a unitary council. The same cells as each District\u2019s own figure.',
      codes: DISTRICT,
      attribute: 'districtCode',
      keyOf: (row) => row.districtCode ?? NO_DISTRICT,
    },
    COUNCIL: {
      description:
        "The council area of residence, for a region's referrals (its councils' shares: Staffordshire's 62.9% of the area's victim referrals).",
      build: () => ({
        attributes: [],
        keys: () => Object.entries(COUNCIL).map(([key, label]) => ({ key, label })),
        keyOf: (row) => row.authorityCode,
      }),
    },
    UNIT: { description: 'A referral, or an enquiry for support.', codes: REFERRAL_UNIT, attribute: 'unit' },
    ACCEPTED: { description: 'YES when the service accepted the referral.', codes: YES_NO, attribute: 'accepted' },
    NOT_ACCEPTED_REASON: {
      description: 'Why a referral was not accepted: a duplicate, out of area, or inappropriate (NONE: accepted).',
      codes: NOT_ACCEPTED_REASON,
      attribute: 'notAcceptedReason',
    },
    SUPPORTED: {
      description:
        'YES when the person was supported: contacted and consenting to support, or multi-agency pre-work under way to establish consent and that contact is safe.',
      codes: YES_NO,
      attribute: 'supported',
    },
    SUPPORT_LEVEL: {
      description: 'The level of support given (NONE: not supported).',
      codes: SUPPORT_LEVEL,
      attribute: 'supportLevel',
      keyOf: (row) => row.supportLevel ?? 'NONE',
    },
    RISK_LEVEL: {
      description: 'The risk assessed at triage (NOT_TRIAGED: not accepted).',
      codes: RISK_LEVEL,
      attribute: 'riskLevel',
      keyOf: (row) => row.riskLevel ?? 'NOT_TRIAGED',
    },
  },
});
