'use client';

import { useQuery } from '@tanstack/react-query';
import type { ProfileOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { CertificationsSection, ProjectsSection } from './background-sections';
import { ContactSection } from './contact-section';
import { EducationSection } from './education-section';
import { ExperienceSection } from './experience-section';
import { IntroSection } from './intro-section';
import { OccupationsSection } from './occupations-section';
import { PreferencesSection } from './preferences-section';
import { SkillScoreCard } from './skill-score-card';
import { SkillsSection } from './skills-section';

export function ProfileEditor({ initial }: { initial: ProfileOutput }) {
  const trpc = useTRPC();
  const { data: profile } = useQuery(trpc.profile.get.queryOptions(undefined, { initialData: initial }));
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div className="space-y-6">
        <IntroSection headline={profile.headline} summary={profile.summary} />
        <ContactSection contact={profile.contact} />
        <OccupationsSection />
        <SkillsSection skills={profile.skills} />
        <ExperienceSection entries={profile.experience} />
        <EducationSection entries={profile.education} />
        <ProjectsSection entries={profile.projects} />
        <CertificationsSection entries={profile.certifications} />
        <PreferencesSection preferences={profile.preferences} />
      </div>
      <aside>
        <SkillScoreCard score={profile.skillScore} />
      </aside>
    </div>
  );
}
