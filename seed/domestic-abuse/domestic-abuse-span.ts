/**
 * The span the domestic abuse records cover: the New Era contract began on 1 October 2018; the
 * report of 6 July 2021 gives figures to the end of March 2021 (Q4 2020-21), and its "since the
 * contract began" counts are taken to that day (the paper states no end).
 */
export const RECORDS_FROM = '2018-10-01';
export const RECORDS_TO = '2021-03-31';
/** Domestic homicide reviews: held from April 2016, to the committee's meeting ("currently"). */
export const REVIEWS_FROM = '2016-04-01';
export const REVIEWS_TO = '2021-07-06';
