import { describeCalibration } from '../support/calibration/runner';
import { finance } from './finance.declarations';

/** The agencies' finance through the gateway, asked anonymously (money is public, as in the papers). */
describeCalibration(finance, {
  more: (run) => {
    it('rejects a period that is not whole financial years, naming the argument', async () => {
      const result = await run
        .stack()
        .query(
          `{ region(code: "T4C") { adoptionFinance(period: "2021-22-Q1") { total(line: CENTRAL_HUB) { budget { value } } } } }`,
        );
      expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(/Argument "period".*FINANCIAL_YEAR/);
    });

    it('gives NO_DATA for a region that is not an adoption agency', async () => {
      const result = await run
        .stack()
        .query(
          `{ region(code: "E12000005") { adoptionFinance(period: "2021-22") { total(line: CENTRAL_HUB) { budget { value suppressionReason } } } } }`,
        );
      expect(result.data!.region.adoptionFinance.total.budget).toEqual({ value: null, suppressionReason: 'NO_DATA' });
    });

    it('adds up a total as SQL written here does', async () => {
      const rows: { b: unknown; o: unknown }[] = await run
        .stack()
        .subgraphs.adoption.database.dataSource.query(
          `SELECT SUM(budget) AS b, SUM(outturn) AS o FROM finance_line WHERE agency_code = 'T4C' AND line = 'locality_hub' AND period = '2021-22'`,
        );
      const result = await run
        .stack()
        .query(
          `{ region(code: "T4C") { adoptionFinance(period: "2021-22") { total(line: LOCALITY_HUB) { budget { value } outturn { value } } } } }`,
        );
      expect(result.data!.region.adoptionFinance.total).toEqual({
        budget: { value: Number(rows[0].b) },
        outturn: { value: Number(rows[0].o) },
      });
    });
  },
});
