/** The agency's finance lines: budget, outturn and variance by line and hub; inter-agency fees and each council's share. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const financeEntities: Function[] = [];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const financeResolvers: Function[] = [];
