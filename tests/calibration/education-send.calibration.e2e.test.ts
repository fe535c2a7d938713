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
  ],
  more: (run) => {
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
