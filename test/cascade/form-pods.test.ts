import { describe, expect, it } from 'vitest';
import { formPods } from '../../src/cascade/form-pods.js';
import type { Educator } from '../../src/index.js';

function staff(count: number, department = 'maths', from = 1): Educator[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${from + i}`,
    schoolId: 's01',
    roles: ['teacher'],
    departments: [department],
  }));
}

const pods = { audience: 'pod', podSize: { min: 2, max: 6 } } as const;

describe('formPods', () => {
  it('splits a school evenly into as few pods as hold everyone', () => {
    const leaders = staff(3, 'maths', 100);
    const split = formPods(leaders, staff(15), {
      ...pods,
      maxPodsPerLeader: 1,
    });
    expect(split.pods.map((p) => p.memberIds.length)).toEqual([5, 5, 5]);
    expect(split.left).toEqual([]);
  });

  it('lists who is left when every pod is full', () => {
    const leaders = staff(2, 'maths', 100);
    const split = formPods(leaders, staff(14), {
      ...pods,
      maxPodsPerLeader: 1,
    });
    expect(split.pods.map((p) => p.memberIds.length)).toEqual([6, 6]);
    expect(split.left).toEqual([
      { educatorId: 'e13', reason: 'pods-full' },
      { educatorId: 'e14', reason: 'pods-full' },
    ]);
  });

  it('gives every leader a first pod before anyone a second', () => {
    const leaders = staff(2, 'maths', 100);
    const split = formPods(leaders, staff(18), {
      ...pods,
      maxPodsPerLeader: 2,
    });
    expect(split.pods.map((p) => p.leaderId)).toEqual(['e100', 'e101', 'e100']);
  });

  it('lists everyone without a leader at the school', () => {
    const split = formPods([], staff(2), { ...pods, maxPodsPerLeader: 1 });
    expect(split.left.map((l) => l.reason)).toEqual([
      'no-leader-at-school',
      'no-leader-at-school',
    ]);
  });

  it('leaves educators out rather than make a pod below the minimum', () => {
    const leaders = staff(3, 'maths', 100);
    const split = formPods(leaders, staff(8), {
      audience: 'school',
      podSize: { min: 6, max: 6 },
      maxPodsPerLeader: 1,
    });
    expect(split.pods.map((p) => p.memberIds.length)).toEqual([6]);
    expect(split.left.map((l) => l.reason)).toEqual([
      'below-minimum-pod',
      'below-minimum-pod',
    ]);
  });

  it('puts colleagues of the leader’s department in the leader’s pod first', () => {
    const leaders = [...staff(1, 'maths', 100), ...staff(1, 'science', 200)];
    const mixed = [...staff(3, 'science', 1), ...staff(3, 'maths', 4)];
    const split = formPods(leaders, mixed, {
      audience: 'pod',
      podSize: { min: 2, max: 3 },
      maxPodsPerLeader: 1,
    });
    expect(split.pods).toEqual([
      { leaderId: 'e100', memberIds: ['e4', 'e5', 'e6'], department: 'maths' },
      {
        leaderId: 'e200',
        memberIds: ['e1', 'e2', 'e3'],
        department: 'science',
      },
    ]);
  });

  it('keeps a department audience inside the leader’s department', () => {
    const leaders = staff(1, 'maths', 100);
    const mixed = [...staff(2, 'science', 1), ...staff(3, 'maths', 3)];
    const split = formPods(leaders, mixed, {
      audience: 'department',
      podSize: { min: 2, max: 6 },
      maxPodsPerLeader: 1,
    });
    expect(split.pods).toEqual([
      { leaderId: 'e100', memberIds: ['e3', 'e4', 'e5'], department: 'maths' },
    ]);
    expect(split.left).toEqual([
      { educatorId: 'e1', reason: 'no-leader-in-department' },
      { educatorId: 'e2', reason: 'no-leader-in-department' },
    ]);
  });
});
