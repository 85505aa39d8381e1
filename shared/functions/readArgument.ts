import { AREA_CODES, AreaCode } from '../framework/areaCodes';
import { readSupervisionType } from '../rules/supervision/supervisionType';
import type { ReadContext } from '../values/context';
import { HwbcError } from '../values/errors';
import { badArgument } from '../values/messages';
import { readBoolean } from '../values/cells/readBoolean';
import { readDate } from '../values/dates/readDate';
import { NumberRule, readNumber } from '../values/cells/readNumber';
import { readText } from '../values/cells/readText';
import type { ArgValue, ParamSpec, ParamType } from './types';

const NUMBER_RULES: Partial<Record<ParamType, NumberRule>> = {
  hours: { expected: 'hours', min: 0 },
  count: { expected: 'count', min: 0, integer: true },
  tier: { expected: 'tier', min: 0, max: 4, integer: true },
  wte: { expected: 'wte', min: 0, minExclusive: true, max: 1, percent: true },
};

/**
 * Reads one cell for one parameter into the clean value its rule expects, or null for a
 * blank. Every error names the parameter, shows the value and says what is expected.
 *
 * @example
 * readArgument({ name: 'wte', help: '', type: 'wte' }, '60%', ctx); // 0.6
 */
export function readArgument(param: ParamSpec, value: unknown, ctx: ReadContext): ArgValue {
  const rule = NUMBER_RULES[param.type];
  if (rule) return readNumber(param.name, value, rule);
  switch (param.type) {
    case 'boolean':
      return readBoolean(param.name, value);
    case 'date':
      return readDate(param.name, value, ctx);
    case 'supervisionType': {
      const text = readText(param.name, value);
      return text === null ? null : readSupervisionType(param.name, text);
    }
    case 'area': {
      const text = readText(param.name, value);
      if (text === null) return null;
      const code = text.toUpperCase().slice(0, 3) as AreaCode;
      if (!AREA_CODES.includes(code) || (text.length > 3 && !/^[A-Za-z]{3}-?\d*$/.test(text))) {
        throw new HwbcError('VALUE', badArgument(param.name, value, 'area'));
      }
      return code;
    }
    default:
      return readText(param.name, value);
  }
}
