// One seed for every property in a run, printed so that a failure can be replayed:
//   FC_SEED=<seed> npm test            (FC_RUNS=<n> to change the case count)
export const SEED = Number(process.env.FC_SEED ?? 20261122);
export const RUNS = Number(process.env.FC_RUNS ?? 1000);
console.log(`fast-check: seed ${SEED}, ${RUNS} cases per property (replay with FC_SEED=${SEED})`);
