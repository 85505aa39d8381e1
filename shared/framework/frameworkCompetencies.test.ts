/* eslint-disable @typescript-eslint/no-require-imports -- each case loads the framework afresh, inside jest.isolateModules, to see what loading alone builds */
import type * as AreaCompetencies from './areaCompetencies';

type Loaded = {
  built: jest.Mock;
  framework: typeof import('./frameworkCompetencies');
  table: typeof import('./competencyTable');
};

/** The framework modules loaded afresh, with every area's building counted. */
function loadCounting(): Loaded {
  let loaded!: Loaded;
  jest.isolateModules(() => {
    const actual = jest.requireActual<typeof AreaCompetencies>('./areaCompetencies');
    const built = jest.fn(actual.areaCompetencies);
    jest.doMock('./areaCompetencies', () => ({ areaCompetencies: built }));
    loaded = { built, framework: require('./frameworkCompetencies'), table: require('./competencyTable') };
  });
  return loaded;
}

describe('frameworkCompetencies', () => {
  afterEach(() => jest.dontMock('./areaCompetencies'));

  it('builds nothing when loaded, even with the table the custom functions use', () => {
    const { built, table } = loadCounting();
    expect(table.COMPETENCY_HEADER[0]).toBe('Code');
    expect(built).not.toHaveBeenCalled();
  });

  it('builds the seven areas on the first call, and never again', () => {
    const { built, framework, table } = loadCounting();
    const first = framework.frameworkCompetencies();
    expect(built).toHaveBeenCalledTimes(7);
    expect(framework.frameworkCompetencies()).toBe(first);
    expect(table.selectCompetencies('SUP', null)).toHaveLength(8);
    expect(built).toHaveBeenCalledTimes(7);
  });

  it('gives the 90 entries, area by area, coded in framework order', () => {
    const all = loadCounting().framework.frameworkCompetencies();
    const count = (area: string) => all.filter((c) => c.area === area).length;
    expect(['PRO', 'COM', 'MOD', 'GRP', 'ADD', 'SUP', 'GEN'].map(count)).toEqual([10, 10, 12, 6, 28, 8, 16]);
    expect(all[0]).toMatchObject({ code: 'PRO-01', fromTier: 1, kind: 'essential' });
    expect(all[89]).toMatchObject({ code: 'GEN-16', text: 'basic first aid', gainedThrough: 'Mandatory training' });
  });

  it('is the one set of entries the constants hold, so templates, check and functions share it', () => {
    jest.isolateModules(() => {
      const { frameworkCompetencies } = require('./frameworkCompetencies') as typeof import('./frameworkCompetencies');
      const constants = require('./competencies') as typeof import('./competencies');
      expect(constants.COMPETENCIES).toBe(frameworkCompetencies());
      expect(constants.GENERAL_CAPABILITIES.map((c) => c.code)).toEqual(
        frameworkCompetencies()
          .filter((c) => c.area === 'GEN')
          .map((c) => c.code),
      );
      expect(constants.SUPERVISOR_STANDARDS[0]).toBe(frameworkCompetencies().find((c) => c.code === 'SUP-01'));
    });
  });
});
