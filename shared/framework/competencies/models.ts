// Area 3, models and frameworks (MOD-01…MOD-12).
// Transcribed from NHS England publication B1570 (Workforce development framework for health and
// wellbeing coaches), Appendix 2 §3 "Skills around models and frameworks".

import { areaCompetencies } from '../areaCompetencies';
import type { Competency } from '../competencyTypes';

/**
 * Area 3, models and frameworks (MOD-01…MOD-12), in the order the framework lists them.
 *
 * Transcription notes: wording as printed ("e-learning" in MOD-01…MOD-09, "eLearning" in
 * MOD-10…MOD-12, as in the source).
 *
 * @example modelsCompetencies()[11].text // 'Universal model of personalised care.'
 */
export function modelsCompetencies(): Competency[] {
  return areaCompetencies(
    'MOD',
    1,
    'essential',
    {
      gainedThrough: 'Face-to-face training, e-learning, and self-directed learning.',
      evidencedBy:
        'Observed practice and assessment in health coaching supervision, evidence of e-learning and self-directed learning via portfolio.',
    },
    [
      {
        text: 'Able to set out the boundaries and structure of the coaching conversation.',
        evidencedBy: 'Practice sessions in training followed up by observed practice.',
      },
      "Able to find out the client's priorities and what outcomes are important to them.",
      "Can gather information that is meaningful for the client (the client's story) (for example, use of appreciative enquiry).",
      "Supports people to integrate their ideas, opinions, and perspectives into the session. Able to use appropriate frameworks to support the client to gain insight (for example, Karpman's drama triangle, transactional analysis).",
      "Increases the client's awareness of their current situation and how they may wish their situation to be (understanding of positive psychology in health coaching).",
      'Uses action planning and goal/outcome setting models – including breaking goals into achievable chunks and identifying opportunities for follow up.',
      'Explores the risks, benefits, and consequences of different courses of action with the client. Discusses what these mean to the person in the context of their life and goals, supporting them to be able make a decision and/or agree the way forward together (for example, in context of COM-B model etc).',
      'Supports people to self-reflect and understand the relationships and connections between their emotions, feelings, and behaviours (for example, CBT).',
      "Use theoretical models to assess people's current levels of knowledge, skills and confidence. Modifies conversations accordingly and supports people in a way that develops these factors, for example, models of health literacy, activation, self-efficacy theory.",
      {
        text: "Identifies an individual's propensity to change on a particular habit – (e.g. transtheoretical theory of change or similar models).",
        gainedThrough: 'Face to face training, eLearning, and self-directed learning.',
        evidencedBy:
          'Observed practice and assessment in health coaching supervision, evidence of eLearning and self-directed learning via portfolio.',
      },
      {
        text: "Understands how a client's past experiences may impact on their motivation to change (e.g. awareness of impact of unresolved trauma in relation to health major acute episodes such as cardiac failure, stroke).",
        gainedThrough: 'Face to face training, eLearning, and self-directed learning.',
        evidencedBy:
          'Observed practice and assessment in health coaching supervision, evidence of eLearning and self-directed learning via portfolio.',
      },
      {
        text: 'Universal model of personalised care.',
        gainedThrough: 'PCI eLearning.',
        evidencedBy: 'Completion certificate.',
      },
    ],
  );
}
