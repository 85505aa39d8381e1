// Area 2, communication and enabling skills (COM-01…COM-10).
// Transcribed from NHS England publication B1570 (Workforce development framework for health and
// wellbeing coaches), Appendix 2 §2 "Skills for communication and enabling in a health coaching model".

import { areaCompetencies } from '../areaCompetencies';
import type { Competency } from '../competencyTypes';

/**
 * Area 2, communication and enabling skills (COM-01…COM-10), in the order the framework lists them.
 *
 * Transcription notes:
 * - Wording is kept as printed, including the unclosed quote in "online 'live training" (COM-02,
 *   -03, -04, -05, -07, -09) and the missing full stop at the end of COM-10's "Evidenced by".
 * - After COM-10 the source has a separate paragraph, "In practice – client hours during first
 *   12 months under supervision." It reads as a note on what "in practice" means in this area's
 *   "Gained through" column, so it is not appended to COM-10's "Evidenced by".
 *
 * @example communicationCompetencies().length // 10
 */
export function communicationCompetencies(): Competency[] {
  return areaCompetencies(
    'COM',
    1,
    'essential',
    {
      gainedThrough: "Face-to-face training, online 'live training, in practice.",
      evidencedBy: 'Practice sessions in training followed up by observed practice.',
    },
    [
      {
        text: 'Demonstrates the use of communication and enabling skills to facilitate a coaching conversation that takes into account the persons level of capability to change.',
        gainedThrough: "Face-to-face training, online 'live' training, in practice.",
      },
      'Uses active and empathic listening to develop a trusting and supportive environment and help raise individual awareness and clarity of purpose.',
      "Uses effective questioning – use of open and closed questions to explore the client's current situation and options of change.",
      'Collaborative exploration of outcomes and goals, to promote change based on what is important to the client and support the client to gain insight of how health outcomes may relate to these.',
      'Able to provide information where appropriate in the context of client centred generated goals/outcomes (what matters to me) – a way that promotes autonomy, increases knowledge, skills, and confidence.',
      {
        text: 'Identifies cues of non-verbal/body language and uses the information to support the coaching relationship.',
        gainedThrough: 'Face-to-face training, e-learning.',
        evidencedBy: 'Evidence of training recorded in portfolio.',
      },
      {
        text: 'Follow up goals and outcomes in a way that supports increasing autonomy, motivation and change.',
        gainedThrough: "Face to face training, online 'live training, in practice.",
      },
      {
        text: 'Builds trust and rapport.',
        gainedThrough: "Face to face training, online 'live' training, in practice.",
      },
      "Provides supportive challenge to help raise awareness of client's current reality and explore areas of dissonance.",
      {
        text: 'Has an awareness and understanding of how different locations, mediums (telephone, ZOOM/Teams) may impact adversely or positively on an interaction.',
        gainedThrough: "e-learning, face-to-face, online 'live' training, self-directed learning.",
        evidencedBy: 'Evidence of work done recorded in portfolio',
      },
    ],
  );
}
