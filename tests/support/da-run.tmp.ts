import { startStackWithTokens } from './stack';
import { boardToken } from './board-token';
import { DOMESTIC_ABUSE_REPORT } from '../../bench/domestic-abuse-report.query';
(async () => {
  const stack = await startStackWithTokens('sqlite');
  try {
    const q = process.argv[2] ? require('fs').readFileSync(process.argv[2], 'utf8') : DOMESTIC_ABUSE_REPORT;
    const r = await stack.query(q, {}, process.argv[3] === 'anon' ? undefined : boardToken('T4C'));
    console.log(JSON.stringify(r, null, 2));
  } finally { await stack.stop(); }
})();
