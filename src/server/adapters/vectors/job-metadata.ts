/**
 * The jobs' filter fields for the in-process index, as compact typed arrays indexed by the
 * index's labels (~12 bytes a job, against ~1 KB for the vector): filtering runs inside the
 * graph search, once per candidate, so a check must cost a few array reads and no allocation.
 * Locations are interned: a substring filter is tested once per distinct location.
 */
import { JOB_TYPES, REMOTE_TYPES, type JobType, type RemoteType } from '@/lib/validators/enums';
import type { JobFilterFields, ResolvedFilter } from './filter';

const NO_SALARY = -1;
const REMOTE = REMOTE_TYPES.indexOf('remote');

const bits = <T>(all: readonly T[], chosen: readonly T[] | undefined): number =>
  chosen ? chosen.reduce((mask, v) => mask | (1 << all.indexOf(v)), 0) : -1;

export type LabelPredicate = (label: number) => boolean;

export class JobMetadata {
  private live = new Uint8Array(0);
  private open = new Uint8Array(0);
  private remote = new Uint8Array(0);
  private jobType = new Uint8Array(0);
  private salary = new Int32Array(0);
  private location = new Uint32Array(0);
  private readonly locations: string[] = [];
  private readonly locationIds = new Map<string, number>();

  private ensureCapacity(label: number): void {
    if (label < this.live.length) return;
    const size = Math.max(1_024, this.live.length * 2, label + 1);
    const grow = <A extends Uint8Array | Int32Array | Uint32Array>(a: A, make: (n: number) => A): A => {
      const next = make(size);
      next.set(a);
      return next;
    };
    this.live = grow(this.live, (n) => new Uint8Array(n));
    this.open = grow(this.open, (n) => new Uint8Array(n));
    this.remote = grow(this.remote, (n) => new Uint8Array(n));
    this.jobType = grow(this.jobType, (n) => new Uint8Array(n));
    this.salary = grow(this.salary, (n) => new Int32Array(n));
    this.location = grow(this.location, (n) => new Uint32Array(n));
  }

  private internLocation(location: string): number {
    let id = this.locationIds.get(location);
    if (id === undefined) {
      id = this.locations.length;
      this.locations.push(location);
      this.locationIds.set(location, id);
    }
    return id;
  }

  set(label: number, fields: JobFilterFields): void {
    this.ensureCapacity(label);
    this.live[label] = 1;
    this.open[label] = fields.open ? 1 : 0;
    this.remote[label] = REMOTE_TYPES.indexOf(fields.remoteType);
    this.jobType[label] = JOB_TYPES.indexOf(fields.jobType);
    this.salary[label] = fields.salaryAnnualUsd ?? NO_SALARY;
    this.location[label] = this.internLocation(fields.location);
  }

  clear(label: number): void {
    if (label < this.live.length) this.live[label] = 0;
  }

  get(label: number): JobFilterFields | undefined {
    if (!this.live[label]) return undefined;
    const salary = this.salary[label] ?? NO_SALARY;
    return {
      open: this.open[label] === 1,
      remoteType: REMOTE_TYPES[this.remote[label] ?? 0] as RemoteType,
      jobType: JOB_TYPES[this.jobType[label] ?? 0] as JobType,
      salaryAnnualUsd: salary === NO_SALARY ? null : salary,
      location: this.locations[this.location[label] ?? 0] ?? '',
    };
  }

  /** The filter compiled to a check on a label; same meaning as filter.ts `passes`. */
  predicate(f: ResolvedFilter): LabelPredicate {
    const { live, open, remote, jobType, salary, location } = this;
    const remoteMask = bits(REMOTE_TYPES, f.remoteTypes);
    const jobTypeMask = bits(JOB_TYPES, f.jobTypes);
    const { openOnly, salaryMin, includeUnknownSalary, locationMatchesRemote } = f;
    const needle = f.location;
    const locationOk = needle === undefined ? undefined : this.locations.map((l) => l.toLowerCase().includes(needle));
    return (label) => {
      if (!live[label]) return false;
      if (openOnly && !open[label]) return false;
      const r = remote[label] ?? 0;
      if (((1 << r) & remoteMask) === 0) return false;
      if (((1 << (jobType[label] ?? 0)) & jobTypeMask) === 0) return false;
      if (salaryMin !== undefined) {
        const s = salary[label] ?? NO_SALARY;
        if (s === NO_SALARY ? !includeUnknownSalary : s < salaryMin) return false;
      }
      if (locationOk && !locationOk[location[label] ?? 0] && !(locationMatchesRemote && r === REMOTE)) return false;
      return true;
    };
  }
}
