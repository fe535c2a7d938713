import { signToken } from '../subgraphs/platform/identity';
import { ATV_MEMBERS, T4C_MEMBERS } from './shared/pilot-councils';

/**
 * `npm run token -- board T4C` / `npm run token -- analyst E06000002`: a token for trying the hub
 * locally, signed with JWT_SECRET (the one the hub was started with). In production the
 * partnership's identity provider issues tokens; this is for a developer's machine.
 */
const [role, subject] = process.argv.slice(2);
const secret = process.env.JWT_SECRET;
const members: Record<string, string[]> = { T4C: T4C_MEMBERS, ATV: ATV_MEMBERS };
if (!secret || !['board', 'analyst'].includes(role) || !subject || (role === 'board' && !members[subject])) {
  console.error(
    'usage: JWT_SECRET=… npm run token -- board T4C|ATV   or   JWT_SECRET=… npm run token -- analyst <council GSS code>',
  );
  process.exit(2);
}
const exp = Math.floor(Date.now() / 1000) + 8 * 3600;
// A hub started with JWT_ISSUER / JWT_AUDIENCE checks them on HS256 tokens too.
const audience = process.env.JWT_AUDIENCE?.split(',')[0]?.trim();
const checked = {
  ...(process.env.JWT_ISSUER ? { iss: process.env.JWT_ISSUER } : {}),
  ...(audience ? { aud: audience } : {}),
};
console.log(
  role === 'board'
    ? signToken(
        {
          sub: `${subject.toLowerCase()}-board-member`,
          role: 'board_member',
          region: subject,
          authorities: members[subject],
          exp,
          ...checked,
        },
        secret,
      )
    : signToken({ sub: `${subject}-analyst`, role: 'analyst', authority: subject, exp, ...checked }, secret),
);
