import { chooseCoding } from './compression';

describe('chooseCoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', null],
    ['*', 'br'],
    ['*;q=0.1, gzip;q=0.5', 'gzip'],
    ['deflate', null],
  ])('answers Accept-Encoding %p with %p', (header, coding) => {
    expect(chooseCoding(header)).toBe(coding);
  });
});
