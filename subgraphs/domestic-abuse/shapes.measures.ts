import { recordCoverage } from '../measures/coverage';
import { guardedByDistrictCount } from '../measures/district-figures';
import { countFigure } from '../measures/figure.builder';
import { MeasureDeclaration } from '../measures/measure';
import { unsuppressedFor } from '../measures/measure-figures';
import { COUNT } from '../measures/statistic';
import { MaracCaseRow, maracCasesIn } from './data/marac-cases.queries';
import { safeAccommodationIn, SafeAccommodationRow } from './data/safe-accommodation.queries';
import { MARAC_DIMENSIONS, SAFE_ACCOMMODATION_DIMENSIONS } from './dimensions/shape.dimensions';

/**
 * The national returns' shapes the papers publish nothing for: MARAC cases (SafeLives) and
 * safe-accommodation support (the Part 4 return). No council's records are seeded, so their
 * figures are NO_DATA until a council loads its own (with its record_coverage row).
 */

const maracCases: MeasureDeclaration<MaracCaseRow> = {
  field: 'maracCases',
  typeName: 'MaracCases',
  measure: 'marac_cases_count',
  description:
    "Cases heard at the council's multi-agency risk assessment conferences in the period (SafeLives' MARAC data), with repeats and the children in the households.",
  typeDescription: 'Cases heard at multi-agency risk assessment conferences in a period.',
  time: 'FLOW',
  statistic: COUNT,
  smallNumbersFor: ['BOARD_MEMBER'],
  cube: (context, codes, time, grouping) => maracCasesIn(context.dataSource, codes, time.period!, grouping),
  dimensions: MARAC_DIMENSIONS,
  coverage: recordCoverage('marac', 'marac_case'),
  districtAttribute: 'districtCode',
  on: ['LocalAuthority', 'Region', 'District'],
  figures: {
    childrenInHouseholds: {
      description: 'Children in the households of the cases heard.',
      async resolve(value, context) {
        const rows = await value.rows(context);
        const children = countFigure(rows && rows.reduce((s, r) => s + r.children, 0), unsuppressedFor(value, context));
        return guardedByDistrictCount(value, context, children);
      },
    },
  },
};

const safeAccommodationSupport: MeasureDeclaration<SafeAccommodationRow> = {
  field: 'safeAccommodationSupport',
  typeName: 'SafeAccommodationSupport',
  measure: 'da_safe_accommodation_households_count',
  description:
    'Households supported in safe accommodation at any time in the period under Part 4 of the Domestic Abuse Act 2021 (and those turned away for want of space), by kind of accommodation.',
  typeDescription: 'Households in domestic abuse safe accommodation during a period (the Part 4 return).',
  time: 'FLOW',
  statistic: COUNT,
  smallNumbersFor: ['BOARD_MEMBER'],
  cube: (context, codes, time, grouping) => safeAccommodationIn(context.dataSource, codes, time.period!, grouping),
  dimensions: SAFE_ACCOMMODATION_DIMENSIONS,
  coverage: recordCoverage('safe_accommodation', 'safe_accommodation_support'),
};

export const SHAPE_MEASURES = [maracCases, safeAccommodationSupport] as MeasureDeclaration[];
