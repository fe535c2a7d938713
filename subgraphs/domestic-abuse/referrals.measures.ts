import { codeOption, codeOptions } from '../measures/code-option';
import { recordCoverage } from '../measures/coverage';
import { countFigure, rateFigure } from '../measures/figure.builder';
import { Dimension } from '../measures/breakdown';
import { guardedByDistrictCount } from '../measures/district-figures';
import { MeasureDeclaration, MeasureValue } from '../measures/measure';
import { shareFigure, unsuppressedFor } from '../measures/measure-figures';
import { COUNT } from '../measures/statistic';
import { RequestContext } from '../platform/request-context';
import { Figure, FigureUnit } from '../measures/figure.type';
import { AGE_GROUP, REFERRAL_UNIT, SERVICE } from './codes/referral.codes';
import { DomesticAbuseReferralRow, referralsIn } from './data/referrals.queries';
import { REFERRAL_DIMENSIONS } from './dimensions/referral.dimensions';

/** Referrals to the commissioned domestic abuse services, and their funnel: received → accepted → supported. */

const flag = (attribute: 'accepted' | 'supported'): Dimension<DomesticAbuseReferralRow> => ({
  column: attribute,
  attributes: [attribute],
  keys: () => [
    { key: 'YES', label: 'Yes' },
    { key: 'NO', label: 'No' },
  ],
  keyOf: (row) => (row[attribute] ? 'YES' : 'NO'),
});

/** The funnel's rows: received, grouped by accepted and supported (one statement for every step). */
async function funnelRows(value: MeasureValue, context: RequestContext) {
  return (await value.rows(context, ['accepted', 'supported'])) as DomesticAbuseReferralRow[] | null;
}

/** A funnel figure, withheld on a district wherever the district's count is. */
const guarded =
  (figure: (value: MeasureValue, context: RequestContext) => Promise<Figure>) =>
  async (value: MeasureValue, context: RequestContext) =>
    guardedByDistrictCount(value, context, await figure(value, context));

const sum = (rows: DomesticAbuseReferralRow[], keep: (r: DomesticAbuseReferralRow) => boolean) =>
  rows.filter(keep).reduce((s, r) => s + r.n, 0);

const domesticAbuseReferrals: MeasureDeclaration<DomesticAbuseReferralRow> = {
  ...codeOptions<DomesticAbuseReferralRow>(
    codeOption('service', SERVICE, 'service', 'referrals to the service'),
    codeOption('ageGroup', AGE_GROUP, 'ageGroup', 'referrals of people in the age group'),
    codeOption('unit', REFERRAL_UNIT, 'unit', 'referrals or enquiries'),
  ),
  field: 'domesticAbuseReferrals',
  typeName: 'DomesticAbuseReferrals',
  measure: 'da_referrals_count',
  description:
    'Referrals (and enquiries for support) received by the commissioned domestic abuse services in the period, every one received: duplicates, out-of-area and inappropriate referrals included (the papers\' "total referral figure"). `unit: "REFERRAL"` for "new referrals"; all units for the since-contract "referrals / enquiries".',
  typeDescription:
    'Referrals received by commissioned domestic abuse services in a period, with the funnel to acceptance and support and the change from an earlier period.',
  time: 'FLOW',
  statistic: COUNT,
  cube: (context, codes, time, grouping) => referralsIn(context.dataSource, codes, time.period!, grouping),
  dimensions: REFERRAL_DIMENSIONS,
  coverage: recordCoverage('referrals', 'referral'),
  changeOnPeriod: true,
  smallNumbersFor: ['BOARD_MEMBER'],
  districtAttribute: 'districtCode',
  on: ['LocalAuthority', 'Region', 'District'],
  figures: {
    accepted: {
      description:
        'Of the referrals received, those the service accepted (the funnel\'s second step: "702 were accepted adult referrals").',
      resolve: guarded(async (value, context) => {
        const rows = await funnelRows(value, context);
        return countFigure(rows && sum(rows, (r) => r.accepted === true), unsuppressedFor(value, context));
      }),
    },
    acceptedShare: {
      description:
        'The accepted as a percentage of the referrals received (suppressed where the accepted or the rest are few).',
      resolve: guarded(async (value, context) => {
        return shareFigure(await funnelRows(value, context), flag('accepted'), 'YES', unsuppressedFor(value, context));
      }),
    },
    supported: {
      description:
        'Of the referrals accepted, the people supported (the funnel\'s third step: "511 … were supported").',
      resolve: guarded(async (value, context) => {
        const rows = await funnelRows(value, context);
        return countFigure(
          rows && sum(rows, (r) => r.accepted === true && r.supported === true),
          unsuppressedFor(value, context),
        );
      }),
    },
    supportedShare: {
      description: 'The supported as a percentage of the accepted ("511 (72.8%) were supported").',
      resolve: guarded(async (value, context) => {
        const rows = await funnelRows(value, context);
        return shareFigure(
          rows && rows.filter((r) => r.accepted === true),
          flag('supported'),
          'YES',
          unsuppressedFor(value, context),
        );
      }),
    },
    supportedShareOfReceived: {
      description: 'The supported as a percentage of every referral received.',
      resolve: guarded(async (value, context) => {
        const rows = await funnelRows(value, context);
        if (rows === null) return rateFigure(null, null, FigureUnit.PERCENT, false);
        return shareFigure(
          rows.map((r) => ({ ...r, supported: r.accepted === true && r.supported === true })),
          flag('supported'),
          'YES',
          unsuppressedFor(value, context),
        );
      }),
    },
  },
};

export const REFERRAL_MEASURES = [domesticAbuseReferrals] as MeasureDeclaration[];
