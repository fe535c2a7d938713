import { registerEnumType } from 'type-graphql';

export enum RegionKind {
  REGIONAL_ADOPTION_AGENCY = 'REGIONAL_ADOPTION_AGENCY',
  GOVERNMENT_REGION = 'GOVERNMENT_REGION',
  COMMISSIONING_AREA = 'COMMISSIONING_AREA',
  CUSTOM = 'CUSTOM',
  COUNTRY = 'COUNTRY',
}

registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'What kind of grouping a region is.',
  valuesConfig: {
    REGIONAL_ADOPTION_AGENCY: { description: 'A regional adoption agency and its board (e.g. T4C, ATV).' },
    GOVERNMENT_REGION: { description: "An ONS government region (E12…), or DfE's inner/outer London (E13…)." },
    COMMISSIONING_AREA: {
      description:
        'Councils that commission a service together, e.g. "STAFFS-STOKE": Staffordshire and Stoke-on-Trent\'s domestic abuse services.',
    },
    CUSTOM: { description: "A group defined for reporting, e.g. a partnership's pilot councils." },
    COUNTRY: {
      description:
        "England as a whole (E92000001): every council in DfE's file, abolished ones included (see `existedFrom` and `existedUntil`).",
    },
  },
});
