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

interface CompiledFilter {
  openOnly: boolean;
  remoteMask: number;
  jobTypeMask: number;
  salaryMin: number;
  unknownSalary: boolean;
  /** 1 per interned location containing the needle; null without a location filter. */
  locationOk: Uint8Array | null;
  remoteMatchesLocation: boolean;
}

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

  /** The filter as plain numbers and tables, so that `test` is a few array reads. */
  private compile(f: ResolvedFilter): CompiledFilter {
    const needle = f.location;
    return {
      openOnly: f.openOnly,
      remoteMask: bits(REMOTE_TYPES, f.remoteTypes),
      jobTypeMask: bits(JOB_TYPES, f.jobTypes),
      salaryMin: f.salaryMin ?? Number.NEGATIVE_INFINITY,
      unknownSalary: f.salaryMin === undefined || f.includeUnknownSalary,
      locationOk:
        needle === undefined
          ? null
          : Uint8Array.from(this.locations, (l) => (l.toLowerCase().includes(needle) ? 1 : 0)),
      remoteMatchesLocation: f.locationMatchesRemote,
    };
  }

  /** Same meaning as filter.ts `passes`. One method for every filter keeps V8's code monomorphic. */
  private test(c: CompiledFilter, label: number): boolean {
    if (this.live[label] !== 1) return false;
    if (c.openOnly && this.open[label] !== 1) return false;
    const r = this.remote[label] ?? 0;
    if (((1 << r) & c.remoteMask) === 0) return false;
    if (((1 << (this.jobType[label] ?? 0)) & c.jobTypeMask) === 0) return false;
    const s = this.salary[label] ?? NO_SALARY;
    if (s === NO_SALARY ? !c.unknownSalary : s < c.salaryMin) return false;
    if (c.locationOk !== null && c.locationOk[this.location[label] ?? 0] !== 1) {
      return c.remoteMatchesLocation && r === REMOTE;
    }
    return true;
  }

  /** The filter as a check on a label, for hnswlib's filtered search. */
  predicate(f: ResolvedFilter): LabelPredicate {
    const c = this.compile(f);
    return (label) => this.test(c, label);
  }

  /** Labels below `end` passing the filter, stopping once there are more than `limit`. */
  collect(f: ResolvedFilter, end: number, limit: number): number[] {
    const c = this.compile(f);
    const out: number[] = [];
    for (let label = 0; label < end; label++) {
      if (this.test(c, label)) {
        out.push(label);
        if (out.length > limit) break;
      }
    }
    return out;
  }

  /** Share of labels below `end` passing, from up to `samples` evenly spaced ones. */
  share(f: ResolvedFilter, end: number, samples = 2_048): number {
    if (end === 0) return 0;
    const c = this.compile(f);
    const step = Math.max(1, Math.floor(end / samples));
    let seen = 0;
    let passed = 0;
    for (let label = 0; label < end; label += step) {
      seen++;
      if (this.test(c, label)) passed++;
    }
    return passed / seen;
  }
}
