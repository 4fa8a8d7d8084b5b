import type { Holder } from './seat-ledger.js';

/**
 * Educators and schools as dense numbers, for the ledger's arrays.
 *
 * @internal
 */
export class People {
  readonly educatorIndex = new Map<string, number>();
  private readonly educatorSchool: number[] = [];
  private readonly schoolIds: string[] = [];
  private readonly educatorIds: string[] = [];

  constructor(
    educators: readonly { readonly id: string; readonly schoolId: string }[],
  ) {
    const schoolIndex = new Map<string, number>();
    for (const educator of educators) {
      if (this.educatorIndex.has(educator.id)) continue;
      let school = schoolIndex.get(educator.schoolId);
      if (school === undefined) {
        school = this.schoolIds.length;
        schoolIndex.set(educator.schoolId, school);
        this.schoolIds.push(educator.schoolId);
      }
      this.educatorIndex.set(educator.id, this.educatorIds.length);
      this.educatorIds.push(educator.id);
      this.educatorSchool.push(school);
    }
  }

  get educatorCount(): number {
    return this.educatorIds.length;
  }

  get schoolCount(): number {
    return Math.max(1, this.schoolIds.length);
  }

  holder(educatorId: string, request: number): Holder | undefined {
    const educator = this.educatorIndex.get(educatorId);
    if (educator === undefined) return undefined;
    const school = this.educatorSchool[educator] as number;
    const schoolId = this.schoolIds[school] as string;
    return { request, educator, educatorId, school, schoolId };
  }
}
