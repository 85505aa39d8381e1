// Area 1, professional competencies (PRO-01…PRO-10).
// Transcribed from NHS England publication B1570 (Workforce development framework for health and
// wellbeing coaches), Appendix 2 §1 "Professional competencies for health and wellbeing coaches".

import { areaCompetencies } from '../areaCompetencies';
import type { Competency } from '../competencyTypes';

/**
 * Area 1, professional competencies (PRO-01…PRO-10), in the order the framework lists them.
 *
 * Transcription notes:
 * - PRO-01: the "Evidenced by" text runs over two lines in the source; joined with a space.
 * - PRO-09: the two dash-led sub-points of the statement are kept inline, in order.
 * - The note that follows PRO-10 in the source applies to the whole area, not to PRO-10, so it
 *   is not part of any entry: "Observation does not have to be in person – a recording of a
 *   session (audio or film) can be used as evidence where a client gives permission for the
 *   session to be recorded."
 * - The bulleted list of general capabilities that follows in §1 is area GEN (./general.ts).
 *
 * @example professionalCompetencies()[0].code // 'PRO-01'
 */
export function professionalCompetencies(): Competency[] {
  return areaCompetencies('PRO', 1, 'essential', {}, [
    {
      text: "Contracting – understanding the importance of contracting, procedural and psychological, managing the 'contract', setting expectations, checking-in and spot contracting with the client and understanding the interrelationship of contracting with the client and contracting between the coach and service sponsor.",
      gainedThrough: 'Training – e-learning or face to face.',
      evidencedBy: 'Review of session notes by health coaching supervisor. Observation of practice.',
    },
    {
      text: 'Works within the boundaries of the health coach remit in particular where the coach may have additional specialist knowledge and expertise and awareness of when to explore referring on.',
      gainedThrough: 'Exploration of topic in training and supervision.',
      evidencedBy: 'Observation and line management and health coaching supervision.',
    },
    {
      text: "Has a high level of awareness of how the beliefs of the coach may unconsciously/consciously influence the client's goals and what is important to the client and be committed to managing potential conflicts through supervision.",
      gainedThrough: 'Exploration through discussion in training, peer groups and supervision.',
      evidencedBy: 'Health coaching supervision and reflective journal.',
    },
    {
      text: 'Is a reflective practitioner. Demonstrates commitment to personal and professional development through reflective practice. Understands the importance of regularly reflecting in/on/after action. Pre, during, and post client session as well as preparation for supervision, in peer learning. Use and knowledge of models of reflection.',
      gainedThrough: 'First six months of practice.',
      evidencedBy: 'Reflective journal, line management and health coaching supervision, facilitated peer groups.',
    },
    {
      text: 'Participates in regular supervision to develop their coaching practice.',
      gainedThrough: 'Ongoing.',
      evidencedBy: 'Health coaching supervision log.',
    },
    {
      text: 'Can select and apply relevant evidence-based themes and models to explore and develop their practice.',
      gainedThrough: 'Developed and demonstrated in first six months of practice.',
      evidencedBy: 'Health coaching supervision.',
    },
    {
      text: 'Participates in peer learning networks and is willing to demonstrate skills and receive feedback from peers.',
      gainedThrough: 'Ongoing.',
      evidencedBy: 'Attendance log and facilitator feedback.',
    },
    {
      text: 'Keeps up to date with and evaluates research and thinking on coaching.',
      gainedThrough: 'Attendance at local and national events, desk top research.',
      evidencedBy: 'Portfolio.',
    },
    {
      text: 'Ensures that the focus and purpose of the coaching relationship is to: – Raise the awareness of the client regarding their health and wellbeing and individual responsibility and choice – pre-contemplation to contemplation of change. – Promote client autonomy and empowerment.',
      gainedThrough: 'Training and first month of practice.',
      evidencedBy: 'Observation of practice and health coaching supervision. Client feedback and evaluation.',
    },
    {
      text: 'Where issues are raised that require specialist input (psychological support, specific support on diet, exercise, clinical treatment, or diagnosis) the coach promptly explores referral options and ensures timely and appropriate handover to the appropriate professional whilst supporting client autonomy.',
      gainedThrough: 'Explored in training.',
      evidencedBy: 'All forms of supervision.',
    },
  ]);
}
