/**
 * Tier findings: each coach's tier and hours to the next tier (a note), a Tier 2 or above
 * claimed with no independent sign-off recorded, and the early-months supervision advisory.
 */
import { hoursToNextTier } from '../../rules/tiers/hoursToNextTier';
import { addMonths } from '../../values/dates/calendarDate';
import { coachTier } from './coachTier';
import { finding, Where } from './findingRules';
import { CHECK_MESSAGES } from '../messages';
import type { CheckData, Coach } from '../read/model';
import type { Finding } from '../types';

/**
 * Where a coach's field is: its cell on the coach's row, else the coach's name cell.
 *
 * @example
 * coachCell(coach, 'hours'); // { sheet: 'Team', row: 5, column: 'D' }
 */
export function coachCell(coach: Coach, ...fields: string[]): Where {
  const field = fields.find((f) => coach.columns[f] !== undefined);
  return field ? { ...coach.at, column: coach.columns[field] } : coach.at;
}

/** Organisation names compared as words: case, punctuation and spacing aside. */
function sameOrganisation(a: string, b: string): boolean {
  const words = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return words(a) !== '' && words(a) === words(b);
}

/** The signer's own words ("J. Brown, Northside PCN") name the coach's organisation. */
function namesOrganisation(signer: string, organisation: string): boolean {
  const words = (t: string) =>
    ` ${t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()} `;
  return words(organisation).trim() !== '' && words(signer).includes(words(organisation));
}

/**
 * Decision (documented in the README): a tier counts as "claimed" when the evidenced-tier or
 * tier column says 2 or more (a tier column the sheet works out itself shows the check's own
 * tier). Tier 2 needs sign-off by a supervisor independent of the coach's organisation
 * (§8.2.1, docs/rules.md §1): a claimed Tier 2 or above with no sign-off recorded (blank or "no")
 * is an action, and so is a signer from the coach's own organisation (the organisation column
 * of the signer, or the signer's own words, names it). A sign-off without the signer's
 * organisation, where the sheet has a column for it, is a warning: independence cannot be
 * seen. A workbook with no sign-off column at all gets a note (it cannot show the sign-off,
 * which may still exist).
 */
function signOff(coach: Coach, tier: number | null): Finding | null {
  const shown = coach.tierWorkedOut ? tier : coach.claimedTier;
  const claimed = Math.max(coach.evidencedTier ?? -1, shown ?? -1);
  if (claimed < 2) return null;
  const where = coachCell(coach, 'tier2SignOff', 'tier2SignOffDate', 'evidencedTier', 'claimedTier');
  if (coach.signOff === undefined) {
    return finding('tier.tier2-signoff', where, coach.label, CHECK_MESSAGES.signOffNoColumn(claimed), 'note');
  }
  if (coach.signOff === null || coach.signOff === false) {
    return finding('tier.tier2-signoff', where, coach.label, CHECK_MESSAGES.signOffBlank(claimed));
  }
  const own = coach.organisation;
  const signerOrg = coach.signOffOrganisation;
  const signer = typeof coach.signOff === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(coach.signOff) ? coach.signOff : null;
  if (own !== null && ((signerOrg && sameOrganisation(signerOrg, own)) || (signer && namesOrganisation(signer, own)))) {
    const at = coachCell(coach, signerOrg ? 'tier2SignOffOrganisation' : 'tier2SignOff');
    return finding('tier.tier2-signoff-own-organisation', at, coach.label, CHECK_MESSAGES.signOffOwnOrganisation(own));
  }
  if (signerOrg === null) {
    const at = coachCell(coach, 'tier2SignOffOrganisation');
    return finding('tier.tier2-signoff-organisation', at, coach.label, CHECK_MESSAGES.signOffNoOrganisation);
  }
  return null;
}

/**
 * Tier findings for one coach.
 *
 * @example
 * tierFindings(data, coach); // [{ rule: 'tier.summary', severity: 'note', message: 'Tier 1 with 120 NHS coaching hours; 80 hours to the next tier by hours.' }]
 */
export function tierFindings(data: CheckData, coach: Coach): Finding[] {
  const t = coachTier(coach);
  const at = coachCell(coach, 'hours', 'pci');
  const out: Finding[] = [];
  const hours = coach.hours;
  if (!t.pciTrained)
    out.push(finding('tier.summary', coachCell(coach, 'pci'), coach.label, CHECK_MESSAGES.tierNoPci(hours ?? 0)));
  else if (t.tier === null || hours === null)
    out.push(
      finding(
        'tier.summary',
        at,
        coach.label,
        coach.hoursUnreadable ? CHECK_MESSAGES.tierHoursUnreadable : CHECK_MESSAGES.tierNoHours,
      ),
    );
  else if (t.standing !== null) {
    const where = t.standing.heldBackBy === 'evidence' ? coachCell(coach, 'evidencedTier', 'hours') : at;
    out.push(
      finding(
        'tier.summary',
        where,
        coach.label,
        CHECK_MESSAGES.tierSummary(t.standing, hours, hoursToNextTier(hours)),
      ),
    );
  }
  const s = signOff(coach, t.tier);
  if (s) out.push(s);
  const start = coach.start;
  if (t.tier !== null && t.tier <= 1 && start !== null && start <= data.asOf && data.asOf < addMonths(start, 6)) {
    out.push(
      finding(
        'supervision.early-months',
        coachCell(coach, 'startDate'),
        coach.label,
        CHECK_MESSAGES.earlyMonths(t.tier, start),
      ),
    );
  }
  return out;
}
