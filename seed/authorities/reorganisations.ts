/**
 * Councils abolished since DfE's file begins and the councils that took on their children's
 * services (local government reorganisation): Northamptonshire on 31 March 2021 (North and West
 * Northamptonshire from 1 April 2021), Cumbria on 31 March 2023 (Cumberland, and Westmorland and
 * Furness, from 1 April 2023). The dates themselves come from the years DfE's file has figures for.
 */
export const SUCCESSORS: Record<string, string[]> = {
  E10000021: ['E06000061', 'E06000062'],
  E10000006: ['E06000063', 'E06000064'],
};

/** ONS's code for England, the area of DfE's national figures. */
export const ENGLAND = 'E92000001';
