/** Children's adoption journeys: from entering care to the adoption order (or the plan ceasing). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const journeyEntities: Function[] = [];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const journeyResolvers: Function[] = [];
