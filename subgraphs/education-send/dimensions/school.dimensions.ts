import { registerEnumType } from 'type-graphql';
import { CubeRow } from '../../measures/breakdown';
import { DimensionSet } from '../../measures/measure';
import { EXCLUSION_REASON, LOOKED_AFTER, PHASE, SEN_STATUS } from '../codes/send.codes';
import {
  ageBandDimension,
  codeListDimension,
  parseSendAgeBands,
  SEND_AGE_BANDS_DESCRIPTION,
} from './code-list.dimension';

export enum SchoolDimension {
  PHASE = 'PHASE',
  SEN_STATUS = 'SEN_STATUS',
  LOOKED_AFTER = 'LOOKED_AFTER',
  REASON = 'REASON',
  AGE_BAND = 'AGE_BAND',
}

registerEnumType(SchoolDimension, {
  name: 'SchoolDimension',
  description: 'A way to split a school figure (absence, suspensions and exclusions, children out of school).',
  valuesConfig: {
    PHASE: { description: 'PRIMARY, SECONDARY or SPECIAL.' },
    SEN_STATUS: { description: 'NONE, SEN_SUPPORT or EHC_PLAN.' },
    LOOKED_AFTER: {
      description:
        "LOOKED_AFTER when the pupil was on the virtual school's roll (in care) on the day (a term's first day), else NOT_LOOKED_AFTER.",
    },
    REASON: { description: `The reason for a suspension or exclusion: ${Object.keys(EXCLUSION_REASON).join(', ')}.` },
    AGE_BAND: { description: 'Age at the date, in the bands asked for by `ageBands` (SEN2 bands by default).' },
  },
});

/** The ways school figures can be split. */
export const SCHOOL_DIMENSIONS: DimensionSet<CubeRow> = {
  enumType: SchoolDimension,
  rowTypeName: 'SchoolFigureRow',
  columns: Object.fromEntries(Object.values(SchoolDimension).map((d) => [d, d.toLowerCase()])),
  arguments: [
    { name: 'ageBands', type: () => [String], options: { nullable: true, description: SEND_AGE_BANDS_DESCRIPTION } },
  ],
  dimension(by, { time, args }) {
    switch (by as SchoolDimension) {
      case SchoolDimension.PHASE:
        return codeListDimension('phase', PHASE, 'phase');
      case SchoolDimension.SEN_STATUS:
        return codeListDimension('sen_status', SEN_STATUS, 'senStatus');
      case SchoolDimension.LOOKED_AFTER:
        return codeListDimension('looked_after', LOOKED_AFTER, 'lookedAfter');
      case SchoolDimension.REASON:
        return codeListDimension('reason', EXCLUSION_REASON, 'reason');
      case SchoolDimension.AGE_BAND:
        return ageBandDimension(parseSendAgeBands(args.ageBands), time.date ?? undefined);
    }
  },
};
