/**
 * Finds integer values for bounded variables so that given sums hold exactly: the seed's way of
 * making averages (A10, A2, stage timings) come out at the published figures while each child's
 * durations stay plausible. Every constraint is "these variables (with coefficient 1) sum to T".
 *
 * Continuous phase: cyclic projection (each constraint's residual shared equally among its
 * variables not at a bound), repeated until every residual is tiny. Integer phase: values are
 * rounded, then each constraint's remaining residual is moved in steps of one, preferring the
 * variables that belong to the fewest constraints, so fixing one sum rarely disturbs another.
 */
export interface SolverVariable {
  value: number;
  min: number;
  max: number;
}

export interface SumConstraint {
  label: string;
  variables: SolverVariable[];
  total: number;
}

export function solveSums(constraints: SumConstraint[], maxRounds = 4000): void {
  const membership = new Map<SolverVariable, number>();
  for (const c of constraints) for (const v of c.variables) membership.set(v, (membership.get(v) ?? 0) + 1);
  const sum = (c: SumConstraint) => c.variables.reduce((s, v) => s + v.value, 0);
  for (const v of membership.keys()) v.value = Math.min(v.max, Math.max(v.min, v.value));

  for (let round = 0; round < maxRounds; round += 1) {
    let worst = 0;
    for (const c of constraints) {
      let residual = c.total - sum(c);
      worst = Math.max(worst, Math.abs(residual));
      for (let pass = 0; pass < 5 && Math.abs(residual) > 1e-9; pass += 1) {
        const free = c.variables.filter((v) => (residual > 0 ? v.value < v.max : v.value > v.min));
        if (free.length === 0) break;
        const share = residual / free.length;
        for (const v of free) {
          const next = Math.min(v.max, Math.max(v.min, v.value + share));
          residual -= next - v.value;
          v.value = next;
        }
      }
    }
    if (worst < 0.01) break;
  }

  // Integer phase. Constraints are fixed in order, the most entangled first (those whose
  // variables all belong to other sums too); a fix uses variables whose other sums come later in
  // that order, so each correction flows "downstream" and never undoes one already made.
  const continuous = new Map([...membership.keys()].map((v) => [v, v.value]));
  const owners = new Map<SolverVariable, SumConstraint[]>();
  for (const c of constraints) for (const v of c.variables) owners.set(v, [...(owners.get(v) ?? []), c]);
  const entanglement = (c: SumConstraint) => Math.min(...c.variables.map((v) => new Set(owners.get(v)).size));
  const order = [...constraints].sort((a, b) => entanglement(b) - entanglement(a));
  const rank = new Map(order.map((c, i) => [c, i]));
  for (let attempt = 0; attempt < 40; attempt += 1) {
    // Each attempt rounds the continuous solution differently (a deterministic jitter), so the
    // repair starts from a different corner when one gets stuck.
    let i = 0;
    for (const [v, value] of continuous) {
      const jitter = attempt === 0 ? 0.5 : ((i * 7919 + attempt * 104729) % 1000) / 1000;
      v.value = Math.min(v.max, Math.max(v.min, Math.floor(value + jitter)));
      i += 1;
    }
    if (repair()) return;
  }
  function repair(): boolean {
    for (let round = 0; round < 50; round += 1) {
      let unmet = 0;
      for (const c of order) {
        let residual = Math.round(c.total - sum(c));
        if (residual === 0) continue;
        unmet += 1;
        const downstream = (v: SolverVariable) =>
          (owners.get(v) ?? []).every((o) => o === c || rank.get(o)! > rank.get(c)!);
        const candidates = [...new Set(c.variables)].sort(
          (a, b) =>
            Number(downstream(b)) - Number(downstream(a)) || new Set(owners.get(a)).size - new Set(owners.get(b)).size,
        );
        for (const v of candidates) {
          if (residual === 0) break;
          const count = c.variables.filter((x) => x === v).length;
          const room = residual > 0 ? v.max - v.value : v.value - v.min;
          const step = Math.sign(residual) * Math.min(Math.floor(Math.abs(residual) / count), room);
          v.value += step;
          residual -= step * count;
        }
      }
      if (unmet === 0) return true;
    }
    return false;
  }
  if (process.env.DEBUG_SEED) {
    for (const c of constraints.filter((x) => Math.round(x.total - sum(x)) !== 0))
      console.log(
        c.label,
        c.total - sum(c),
        c.variables.map((v) => `${v.value}[${v.min},${v.max}]m${membership.get(v)}`).join(' '),
      );
  }
  const failed = constraints
    .filter((c) => Math.round(c.total - sum(c)) !== 0)
    .map((c) => `${c.label}: ${sum(c)} vs ${c.total}`);
  if (failed.length)
    throw new Error(`seed: cannot meet ${failed.length} duration sums: ${failed.slice(0, 5).join('; ')}`);
}
