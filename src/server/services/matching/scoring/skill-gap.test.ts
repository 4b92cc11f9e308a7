import { describe, expect, it } from 'vitest';
import { skillGap } from './skill-gap';
import { makeJob, makeProfile, skill } from './test-fixtures';

// The seeker knows Python and Go (programming languages) and Terraform and Ansible (DevOps tools);
// the job also wants two DevOps tools, a language and a certification.
const profile = makeProfile({
  skills: [skill('Python', 4, 3), skill('golang', 1, 0), skill('Terraform', 2, 1), skill('Ansible', 3, 1)],
});
const job = makeJob({ requiredSkills: ['Python', 'Go', 'Kubernetes', 'Spanish', 'PMP', 'Docker'] });

describe('skillGap', () => {
  it('ranks by market demand, with a small lift for skills next to ones the seeker has', () => {
    // importance = (0.5 + 0.5 x share) x (related skill held ? 1 : 0.85)
    // Spanish    (0.5 + 0.45) x 0.85 = 0.8075   (no language skill held)
    // Kubernetes (0.5 + 0.30) x 1    = 0.8      (Ansible and Terraform are DevOps tools)
    // Docker     (0.5 + 0.05) x 1    = 0.55
    // PMP        (0.5 + 0)    x 0.85 = 0.425    (not in the map: share 0)
    const demand = new Map([
      ['k8s', 0.6],
      ['Spanish', 0.9],
      ['docker', 0.1],
    ]);
    const gap = skillGap(profile, job, demand);
    expect(gap.map((g) => g.skill)).toEqual(['Spanish', 'Kubernetes', 'Docker', 'PMP']);
    expect(gap.map((g) => g.importance)).toEqual([
      expect.closeTo(0.8075, 12),
      expect.closeTo(0.8, 12),
      expect.closeTo(0.55, 12),
      expect.closeTo(0.425, 12),
    ]);
    expect(gap[0]?.reason).toBe('Required by this job and by 90% of similar open jobs');
    // The example related skill is the strongest one held in the group: Ansible (3) over Terraform (2).
    expect(gap[1]?.reason).toBe(
      'Required by this job and by 60% of similar open jobs; you already know Ansible, another DevOps tool',
    );
    expect(gap[3]?.reason).toBe('Required by this job, though no similar open job lists it');
  });

  it('without a demand map, ranks related skills first and keeps the job order on ties', () => {
    // Unknown demand: share 0.5 -> 0.75 for everything, x 0.85 = 0.6375 without a related skill.
    const gap = skillGap(profile, job);
    expect(gap.map((g) => [g.skill, g.importance])).toEqual([
      ['Kubernetes', 0.75],
      ['Docker', 0.75],
      ['Spanish', expect.closeTo(0.6375, 12)],
      ['PMP', expect.closeTo(0.6375, 12)],
    ]);
    expect(gap[2]?.reason).toBe('Required by this job');
  });

  it('reads counts as counts, scaled by the largest', () => {
    // Kubernetes 40 / 40 = 1 -> 1.0; Docker 10 / 40 = 0.25 -> 0.625
    const gap = skillGap(
      makeProfile({ skills: [skill('Terraform')] }),
      makeJob({ requiredSkills: ['Docker', 'Kubernetes'] }),
      new Map([
        ['Docker', 10],
        ['Kubernetes', 40],
      ]),
    );
    expect(gap.map((g) => [g.skill, g.importance])).toEqual([
      ['Kubernetes', 1],
      ['Docker', 0.625],
    ]);
  });

  it('names a related skill only from the same group: Node.js says nothing about Figma', () => {
    const gap = skillGap(
      makeProfile({ skills: [skill('Node.js', 5, 6), skill('Sketch', 2, 1)] }),
      makeJob({ requiredSkills: ['Figma', 'Kubernetes'] }),
    );
    expect(gap.find((g) => g.skill === 'Figma')?.reason).toBe(
      'Required by this job; you already know Sketch, another design tool',
    );
    expect(gap.find((g) => g.skill === 'Kubernetes')?.reason).toBe('Required by this job');
    const withoutSketch = skillGap(makeProfile({ skills: [skill('Node.js', 5, 6)] }), makeJob({ requiredSkills: ['Figma'] }));
    expect(withoutSketch[0]?.reason).toBe('Required by this job');
  });

  it('is empty when nothing is missing, whatever the spelling', () => {
    expect(skillGap(makeProfile({ skills: [skill('ReactJS')] }), makeJob({ requiredSkills: ['React'] }))).toEqual([]);
  });
});
