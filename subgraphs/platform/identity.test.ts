import { GraphQLError } from 'graphql';
import { IdentityClaims, signToken, verifyToken, viewerFrom } from './identity';

const SECRET = 'test-secret';
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
const board: IdentityClaims = {
  sub: 'board-1',
  role: 'board_member',
  region: 'ATV',
  authorities: ['E06000001', 'E06000002'],
  exp: inAnHour(),
};

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as GraphQLError).extensions.code;
  }
  return 'no error';
}

describe('identity', () => {
  it('reads a board member and an analyst from their tokens', () => {
    expect(viewerFrom(`Bearer ${signToken(board, SECRET)}`, SECRET)).toEqual({
      kind: 'BOARD_MEMBER',
      regionCode: 'ATV',
      authorityCodes: ['E06000001', 'E06000002'],
    });
    const analyst = signToken({ sub: 'a', role: 'analyst', authority: 'E06000003', exp: inAnHour() }, SECRET);
    expect(viewerFrom(`Bearer ${analyst}`, SECRET)).toEqual({
      kind: 'ANALYST',
      authorityCode: 'E06000003',
      subject: 'a',
    });
    expect(viewerFrom(undefined, SECRET)).toEqual({ kind: 'ANONYMOUS' });
  });

  it.each([
    ['another secret', () => viewerFrom(`Bearer ${signToken(board, 'other')}`, SECRET)],
    ['expired', () => verifyToken(signToken({ ...board, exp: 1000 }, SECRET), SECRET)],
    [
      'tampered claims',
      () => {
        const [h, , s] = signToken(board, SECRET).split('.');
        const forged = Buffer.from(JSON.stringify({ ...board, region: 'T4C' })).toString('base64url');
        return verifyToken(`${h}.${forged}.${s}`, SECRET);
      },
    ],
    ['not a JWT', () => viewerFrom('Bearer abc', SECRET)],
    ['not Bearer', () => viewerFrom('Basic abc', SECRET)],
    ['no secret configured', () => viewerFrom(`Bearer ${signToken(board, SECRET)}`, undefined)],
    ['unknown role', () => verifyToken(signToken({ ...board, role: 'admin' as never }, SECRET), SECRET)],
  ])('rejects a token that is %s as UNAUTHENTICATED', (_name, run) => {
    expect(codeOf(run)).toBe('UNAUTHENTICATED');
  });
});
