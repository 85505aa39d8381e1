// Area 4, group work (GRP-01…GRP-06), Tier 2 and above.
// Transcribed from NHS England publication B1570 (Workforce development framework for health and
// wellbeing coaches), Appendix 2 §4 "Group work skills to support self-management and group approaches: Tier 2 and above".

import { areaCompetencies } from '../areaCompetencies';
import type { Competency } from '../competencyTypes';

/**
 * Area 4, group work (GRP-01…GRP-06), Tier 2 and above, in the order the framework lists them.
 *
 * Transcription notes: GRP-06's "Gained through" is broken over a blank line in the source
 * ("in / practice."); joined as "in practice.".
 *
 * @example groupWorkCompetencies()[0].fromTier // 2
 */
export function groupWorkCompetencies(): Competency[] {
  return areaCompetencies(
    'GRP',
    2,
    'essential',
    {
      gainedThrough: 'Face to face training, eLearning, and self-directed learning, in practice.',
      evidencedBy: 'Observed practice. Client feedback and evaluation.',
    },
    [
      {
        text: 'Understands and applies key theoretical frameworks such as social learning theory, self-efficacy theory to the group process.',
        evidencedBy: 'Observed practice. Portfolio.',
      },
      'Understands group dynamics and how to manage them.',
      {
        text: 'Understands role modelling and its use.',
        evidencedBy: 'Practice sessions in training followed up by observed practice.',
      },
      {
        text: 'Manages conflict.',
        gainedThrough: 'In practice.',
        evidencedBy: 'Observed practice.',
      },
      {
        text: 'Facilitates group-based approaches to problem solving.',
        gainedThrough: 'In practice.',
      },
      'Facilitates group-based approaches to action planning, goal setting and goal follow up.',
    ],
  );
}
