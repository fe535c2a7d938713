import { registerEnumType } from 'type-graphql';
import { DimensionSet } from '../../measures/measure';
import { ACTIVITY, PROVIDER, SEND_FLAG } from '../codes/send.codes';
import { Post16Row } from '../data/post16.queries';
import { codeListDimension } from './code-list.dimension';

export enum Post16Dimension {
  ACTIVITY = 'ACTIVITY',
  SEND = 'SEND',
  YEAR_GROUP = 'YEAR_GROUP',
  PROVIDER = 'PROVIDER',
  RISK_OF_NEET = 'RISK_OF_NEET',
}

registerEnumType(Post16Dimension, {
  name: 'Post16Dimension',
  description: 'A way to split a count of young people in Years 12–13 or their post-16 events.',
  valuesConfig: {
    ACTIVITY: { description: 'NCCIS activity: EET, NEET or NOT_KNOWN.' },
    SEND: { description: 'SEND or NOT_SEND.' },
    YEAR_GROUP: { description: 'Year 12 or 13.' },
    PROVIDER: { description: `Where a young person dropped out from: ${Object.keys(PROVIDER).join(', ')}.` },
    RISK_OF_NEET: {
      description: 'AT_RISK when the Year 11 risk-of-NEET indicator flagged the young person, else NOT_AT_RISK.',
    },
  },
});

export const POST16_DIMENSIONS: DimensionSet<Post16Row> = {
  enumType: Post16Dimension,
  rowTypeName: 'Post16FigureRow',
  columns: Object.fromEntries(Object.values(Post16Dimension).map((d) => [d, d.toLowerCase()])),
  dimension(by) {
    switch (by as Post16Dimension) {
      case Post16Dimension.ACTIVITY:
        return codeListDimension('activity', ACTIVITY, 'activity');
      case Post16Dimension.SEND:
        return codeListDimension('send', SEND_FLAG, 'send');
      case Post16Dimension.YEAR_GROUP:
        return codeListDimension('year_group', { '12': 'Year 12', '13': 'Year 13' }, 'yearGroup');
      case Post16Dimension.PROVIDER:
        return codeListDimension('provider', PROVIDER, 'provider');
      case Post16Dimension.RISK_OF_NEET:
        return codeListDimension(
          'risk_of_neet',
          { AT_RISK: 'Flagged at risk of NEET in Year 11', NOT_AT_RISK: 'Not flagged' },
          'riskOfNeet',
        );
    }
  },
};
