import { registerEnumType } from 'type-graphql';
import { DimensionSet } from '../../measures/measure';
import { CEASED_REASON, PRIMARY_NEED, SETTING } from '../codes/send.codes';
import { SendRow } from '../data/send-row';
import {
  ageBandDimension,
  codeListDimension,
  parseSendAgeBands,
  SEND_AGE_BANDS_DESCRIPTION,
} from './code-list.dimension';

export enum SendDimension {
  AGE_BAND = 'AGE_BAND',
  PRIMARY_NEED = 'PRIMARY_NEED',
  SETTING = 'SETTING',
  CEASED_REASON = 'CEASED_REASON',
  DECISION = 'DECISION',
}

registerEnumType(SendDimension, {
  name: 'SendDimension',
  description: 'A way to split a count of EHC requests, EHC plans, SEN support or children in care with a plan.',
  valuesConfig: {
    AGE_BAND: {
      description:
        'Age in completed years at the date (or at the event, for flows), in the bands asked for by `ageBands` (SEN2 bands by default).',
    },
    PRIMARY_NEED: { description: `SEN2 primary need: ${Object.keys(PRIMARY_NEED).join(', ')}.` },
    SETTING: { description: `SEN2 setting of the plan: ${Object.keys(SETTING).join(', ')}.` },
    CEASED_REASON: { description: `Why a plan ceased: ${Object.keys(CEASED_REASON).join(', ')}.` },
    DECISION: { description: 'The decision on a request: ASSESS, NOT_ASSESS or UNDECIDED.' },
  },
});

/** The ways the SEND counts can be split (each measure says which of them it cannot be). */
export const SEND_DIMENSIONS: DimensionSet<SendRow> = {
  enumType: SendDimension,
  rowTypeName: 'SendFigureRow',
  columns: Object.fromEntries(Object.values(SendDimension).map((d) => [d, d.toLowerCase()])),
  arguments: [
    { name: 'ageBands', type: () => [String], options: { nullable: true, description: SEND_AGE_BANDS_DESCRIPTION } },
  ],
  dimension(by, { time, args }) {
    switch (by as SendDimension) {
      case SendDimension.AGE_BAND:
        return ageBandDimension(parseSendAgeBands(args.ageBands), time.date ?? undefined);
      case SendDimension.PRIMARY_NEED:
        return codeListDimension('primary_need', PRIMARY_NEED, 'primaryNeed');
      case SendDimension.SETTING:
        return codeListDimension('setting', SETTING, 'setting');
      case SendDimension.CEASED_REASON:
        return codeListDimension('ceased_reason', CEASED_REASON, 'ceasedReason');
      case SendDimension.DECISION:
        return codeListDimension(
          'decision',
          { ASSESS: 'Agreed to assess', NOT_ASSESS: 'Refused to assess', UNDECIDED: 'Not yet decided' },
          'decision',
        );
    }
  },
};
