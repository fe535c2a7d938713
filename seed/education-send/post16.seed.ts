import { addDays } from '../../schema/vocabulary/dates';
import { Post16ActivityRecord, Post16EventRecord } from '../../subgraphs/education-send/entities';
import { Random } from '../shared/random';
import { dayIn, SPANS } from './education-calendar';

/**
 * Post-16 tracking (NCCIS): young people of Years 12–13 month by month at the school roll's
 * sample scale, and the council's post-16 events (dropouts, transition plans, SEMH provision) in
 * full, calibrated where a council published them (see CALIBRATION.md).
 */
export interface Post16Records {
  activity: Post16ActivityRecord[];
  events: Post16EventRecord[];
}

export interface Post16Targets {
  /** Dropouts between two days, and how many of them were interviewed. */
  dropouts?: { from: string; to: string; count: number; interviewed: number };
  transitionPlans?: { from: string; to: string; count: number };
  semhAt?: { date: string; count: number };
}

/** Redcar's published figures, per child under 18: the rate other councils' plausible counts are drawn at. */
const PER_CHILD = { dropouts: 342 / 27176, plans: 245 / 27176, semh: 16 / 27176 };

const MONTHS = Array.from({ length: 12 }, (_, i) => {
  const m = ((8 + i) % 12) + 1;
  return `${m >= 9 ? 2021 : 2022}-${String(m).padStart(2, '0')}-01`;
});

export function generatePost16(
  gss: string,
  population: number,
  sampleScale: number,
  random: Random,
  targets: Post16Targets,
): Post16Records {
  const activity: Post16ActivityRecord[] = [];
  const cohort = Math.round((population * 2) / 18 / sampleScale);
  for (let i = 1; i <= cohort; i += 1) {
    const youngPersonId = `${gss}-Y${String(i).padStart(6, '0')}`;
    const send = random.chance(0.15);
    const riskOfNeet = random.chance(send ? 0.25 : 0.08);
    const yearGroup = random.chance(0.5) ? 12 : 13;
    let state = random.chance(riskOfNeet ? 0.8 : 0.95) ? 'EET' : random.chance(0.5) ? 'NEET' : 'NOT_KNOWN';
    for (const month of MONTHS) {
      // A few change activity each month: more drop out of EET from the spring (as Redcar saw).
      const leave = month >= '2022-03-01' ? 0.02 : 0.008;
      if (state === 'EET' && random.chance(riskOfNeet ? leave * 3 : leave)) state = 'NEET';
      else if (state !== 'EET' && random.chance(0.15)) state = 'EET';
      activity.push(
        Object.assign(new Post16ActivityRecord(), {
          youngPersonId,
          month,
          authorityCode: gss,
          yearGroup,
          activity: state,
          send,
          riskOfNeet,
        }),
      );
    }
  }
  const events: Post16EventRecord[] = [];
  let no = 0;
  const event = (kind: string, on: string, extra: Partial<Post16EventRecord> = {}) => {
    no += 1;
    events.push(
      Object.assign(new Post16EventRecord(), {
        id: `${gss}-E16-${String(no).padStart(6, '0')}`,
        youngPersonId: `${gss}-Y${String(100000 + no).padStart(6, '0')}`,
        authorityCode: gss,
        kind,
        on,
        endOn: null,
        provider: null,
        interviewedOn: null,
        send: random.chance(0.2),
        ...extra,
      }),
    );
  };
  const noisy = (rate: number) => Math.round(rate * population * (0.8 + 0.4 * random.next()));
  const dropouts = targets.dropouts ?? {
    from: '2021-09-01',
    to: '2022-06-30',
    count: noisy(PER_CHILD.dropouts),
    interviewed: -1,
  };
  const interviewed = dropouts.interviewed >= 0 ? dropouts.interviewed : Math.round(dropouts.count * 0.13);
  for (let i = 0; i < dropouts.count; i += 1) {
    const on = dayIn(dropouts.from, dropouts.to, random.next());
    event('DROPOUT', on, {
      provider: random.weighted({ FE_COLLEGE: 70, TRAINING_PROVIDER: 15, SIXTH_FORM: 10, APPRENTICESHIP: 5 }),
      interviewedOn: i < interviewed ? addDays(on, random.int(7, 40)) : null,
    });
  }
  // Dropouts over the summer, after the published window.
  for (let i = Math.round(dropouts.count * 0.08); i > 0; i -= 1)
    event('DROPOUT', dayIn('2022-07-01', SPANS.POST16.to, random.next()), { provider: 'FE_COLLEGE' });
  const plans = targets.transitionPlans ?? {
    from: SPANS.POST16.from,
    to: SPANS.POST16.to,
    count: noisy(PER_CHILD.plans),
  };
  for (let i = 0; i < plans.count; i += 1) event('TRANSITION_PLAN', dayIn(plans.from, plans.to, random.next()));
  const semh = targets.semhAt ?? { date: '2022-06-30', count: noisy(PER_CHILD.semh) };
  for (let i = 0; i < semh.count; i += 1)
    event('SEMH_PROVISION', dayIn(SPANS.POST16.from, semh.date, random.next()), {
      endOn: random.chance(0.5) ? null : addDays(semh.date, random.int(1, 60)),
      send: random.chance(0.6),
    });
  // Young people whose time in the provision ended before the date.
  for (let i = Math.round(semh.count * 0.4); i > 0; i -= 1) {
    const on = dayIn(SPANS.POST16.from, '2022-03-31', random.next());
    event('SEMH_PROVISION', on, { endOn: addDays(on, random.int(30, 80)), send: true });
  }
  return { activity, events };
}
