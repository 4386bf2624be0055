'use client';

import type { Citation, StudyPath } from '@notetutor/contracts';
import { useMasteryMap } from '../study/use-mastery-map';
import { StudyPathSteps } from './study-path-steps';

/** A chat turn's study path, marked with what this browser's learner has mastered. */
export function ChatStudyPath({ path, onPassage }: { path: StudyPath; onPassage: (c: Citation) => void }) {
  const { progress } = useMasteryMap();
  return (
    <div className="mt-3">
      <StudyPathSteps path={path} progress={progress} onPassage={onPassage} />
    </div>
  );
}
