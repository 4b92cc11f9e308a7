/**
 * One value per process, shared by every bundle that imports the module asking for it. Next
 * compiles each route into its own bundle, with its own copy of every module it imports, so a
 * module-level cache is one per route: the skill index, the occupation index and the O*NET data
 * they are built from were built again on the first request of each route a process served
 * (about 0.5 s of CPU for the skill index and 1 s for the occupation index, each time) and held
 * once per route in memory. Kept on globalThis under a registered symbol, which every copy of the
 * module finds.
 *
 * Only for values built from the shipped data files alone, the same in every bundle: nothing that
 * depends on the environment or on a caller.
 */
export function processWide<T>(name: string, build: () => T): () => T {
  const key = Symbol.for(`givemejobs.process-wide.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return () => {
    let value = store[key];
    if (value === undefined) {
      value = build();
      store[key] = value;
    }
    return value;
  };
}
