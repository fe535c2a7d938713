import { GraphQLError } from 'graphql';
import { errorMasker } from './error-mask';
import { withRequestId } from './request-id';

describe('errorMasker', () => {
  let logged: string[];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    logged = [];
    spy = jest.spyOn(console, 'error').mockImplementation((line: unknown) => void logged.push(String(line)));
  });
  afterEach(() => spy.mockRestore());
  const mask = errorMasker('fostering');

  it('turns an internal error into a generic message with the request id, and logs the detail under it', () => {
    const error = new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/data/fostering.sqlite');
    const masked = withRequestId('0b7e3f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b', () =>
      mask(
        { message: error.message, path: ['region'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'x' } },
        error,
      ),
    );
    expect(masked).toEqual({
      message:
        'The hub could not answer this (an internal error, logged as request 0b7e3f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b).',
      path: ['region'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: '0b7e3f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b' },
    });
    expect(JSON.stringify(masked)).not.toMatch(/SQLITE|srv|serviceName/);
    const line = JSON.parse(logged[0]);
    expect([line.requestId, line.service, line.event, line.message]).toEqual([
      '0b7e3f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
      'fostering',
      'internal_error',
      error.message,
    ]);
  });

  it("keeps a caller's error as written, with only the extensions a caller may see", () => {
    const error = new GraphQLError('Argument "at" has an invalid value', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'at', exception: { stacktrace: ['x'] } },
    });
    expect(mask({ message: error.message, extensions: error.extensions }, error)).toEqual({
      message: 'Argument "at" has an invalid value',
      extensions: { code: 'BAD_USER_INPUT', argument: 'at' },
    });
  });
});
