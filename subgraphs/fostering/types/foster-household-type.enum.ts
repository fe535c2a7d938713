import { registerEnumType } from 'type-graphql';

export enum FosterHouseholdType {
  MAINSTREAM = 'MAINSTREAM',
  CONNECTED = 'CONNECTED',
  SHORT_BREAK = 'SHORT_BREAK',
}

registerEnumType(FosterHouseholdType, {
  name: 'FosterHouseholdType',
  description: 'The kind of approval a foster household holds.',
  valuesConfig: {
    MAINSTREAM: { description: 'Mainstream foster carers, caring for children they were not connected to.' },
    CONNECTED: { description: 'Connected persons (family and friends) foster carers.' },
    SHORT_BREAK: { description: 'Short-break foster carers.' },
  },
});
