import { describeCalibration } from '../support/calibration/runner';
import { educationSend } from './education-send.declarations';

/** Every education and SEND figure the councils published, asked through the gateway, comes back exactly. */
describeCalibration(educationSend, {
  mustInclude: [
    'rc22-ehcps-issued-within-20-weeks-pct-redcar-2022-23-q1 (100)',
    'rc22-ehcp-children-chg-pct-redcar-2022-23-q1-2021-22-q3 (6.8)',
    'rc22-peps-completed-in-timescale-pct-redcar-2022-06 (100)',
    'rc22-peps-good-or-outstanding-pct-redcar-2018-19-just-under (60)',
    'rc22-secondary-pupil-absence-pct-redcar-2022 (9)',
    'rc22-education-support-fam-atv-2021-22 (77)',
    'rc22-adopted-children-ehcp-secured-atv-2021-22-prior-sen-register-no (1)',
  ],
  more: (run) => {
    it("holds ATV's education support cases once: the same count as the agency's work, each year", async () => {
      const { boardToken } = await import('../support/board-token');
      const year = (p: string) =>
        `y${p.slice(0, 4)}: educationSupport(period: "${p}") { cases { value } } w${p.slice(0, 4)}: agencyWork(period: "${p}", kind: EDUCATION_SUPPORT_CASE) { count { value } }`;
      const result = await run
        .stack()
        .query(`{ region(code: "ATV") { ${year('2020-21')} ${year('2021-22')} } }`, undefined, boardToken('ATV'));
      const atv = result.data!.region;
      expect([atv.y2020.cases.value, atv.y2021.cases.value]).toEqual([59, 77]);
      expect([atv.w2020.count.value, atv.w2021.count.value]).toEqual([59, 77]);
      const other = await run
        .stack()
        .query(`{ region(code: "T4C") { educationSupport(period: "2021-22") { cases { value suppressionReason } } } }`);
      expect(other.data!.region.educationSupport.cases).toEqual({ value: null, suppressionReason: 'NO_DATA' });
    });

    it('gives 100% within 20 weeks for Q1 2022-23 with exceptions excluded too (the paper does not say which)', async () => {
      const { boardToken } = await import('../support/board-token');
      const result = await run
        .stack()
        .query(
          `{ localAuthority(code: "E06000003") { ehcNeedsAssessments(period: "2022-23-Q1") { issuedWithin20Weeks { total { value denominator } } issuedWithin20WeeksExcludingExceptions { total { value } } } } }`,
          undefined,
          boardToken('ATV'),
        );
      const figures = result.data!.localAuthority.ehcNeedsAssessments;
      expect(figures.issuedWithin20Weeks.total.denominator).toBeGreaterThan(0);
      expect(figures.issuedWithin20WeeksExcludingExceptions.total.value).toBe(100);
    });
  },
});
