import { boardToken } from '../support/board-token';
import { describeCalibration } from '../support/calibration/runner';
import { domesticAbuse } from './domestic-abuse.declarations';

/**
 * Every domestic abuse figure published for Staffordshire and Stoke-on-Trent (the district tables
 * and their changes, the funnel, sources, satisfaction, since-contract shares, the pandemic's
 * changes, DHRs by stage, the New Era contract and its funders), asked through the gateway, comes
 * back as published; beside the printed shares, the hub's own arithmetic.
 */
describeCalibration(domesticAbuse, {
  mustInclude: [
    's21-da-victim-ref-chg-q-newcastle-2020-21-q4',
    's21-da-perp-ref-lichfield-2020-21-q4',
    's21-da-perp-ref-share-pct-staffs-since-contract-start-2018-10-01',
    's21-da-contract-contrib-pct-staffs-and-stoke-stoke-on-trent-city-council',
  ],
  more: (run) => {
    it("gives the hub's arithmetic beside the printed shares, which do not add up", async () => {
      const response = await run.stack().query(
        `{ region(code: "STAFFS-STOKE") { domesticAbuseContractValue(at: "2021-07-06") { total { value } }
          domesticAbuseContractFunding(at: "2021-07-06") { total { value } contributionsLessContractValue { value }
            shares(by: FUNDER) { key figure { value } } sharesOfContractValue { key figure { value } }
            publishedShares { key figure { value } } } } }`,
        undefined,
        boardToken('T4C'),
      );
      expect(response.errors).toBeUndefined();
      const funding = response.data!.region.domesticAbuseContractFunding;
      const amounts = {
        STAFFORDSHIRE_COUNTY_COUNCIL: 670490,
        STAFFORDSHIRE_COMMISSIONERS_OFFICE: 1015483,
        STOKE_ON_TRENT_CITY_COUNCIL: 544997,
      };
      const sum = Object.values(amounts).reduce((s, n) => s + n, 0);
      const value = response.data!.region.domesticAbuseContractValue.total.value;
      expect(funding.total.value).toBe(sum);
      expect(funding.contributionsLessContractValue.value).toBe(sum - 2157000);
      const of = (cells: { key: string; figure: { value: number } }[]) =>
        Object.fromEntries(cells.map((c) => [c.key, c.figure.value]));
      const round = (n: number) => Math.round(n * 1000) / 10;
      expect(of(funding.sharesOfContractValue)).toEqual(
        Object.fromEntries(Object.entries(amounts).map(([k, n]) => [k, round(n / value)])),
      );
      expect(of(funding.shares)).toEqual(
        Object.fromEntries(Object.entries(amounts).map(([k, n]) => [k, round(n / sum)])),
      );
      // Printed: 31, 47 and 22; by the pounds Stoke's is 25.3% of the contract's value.
      expect(of(funding.publishedShares).STOKE_ON_TRENT_CITY_COUNCIL).toBe(22);
      expect(of(funding.sharesOfContractValue).STOKE_ON_TRENT_CITY_COUNCIL).toBe(25.3);
    });
  },
});
