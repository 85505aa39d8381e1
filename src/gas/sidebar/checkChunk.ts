/**
 * The sidebar's check, built on its own (webpack/gas.js) as SidebarCheck.html: the workbook
 * check, guessing what each sheet holds, and the Tier sign-off pack. The sidebar loads it the
 * first time one of them is asked for (lazyCheck.ts), so the page itself opens light and
 * Code.js, which Apps Script loads for every custom function, carries none of it.
 *
 * The built file assigns these exports to the page's global CHECK_GLOBAL.
 */
import { checkWorkbook, guessMappings } from '../../../shared/check';
import { createSignOffPack } from '../../../shared/pack/createSignOffPack';
import type { SidebarCheck } from './lazyCheck';

/**
 * The check's code, as the sidebar uses it.
 *
 * @example
 * await sidebarCheck.checkWorkbook(new SteppedPort(server, watch), { asOf: '2026-03-20' });
 */
export const sidebarCheck: SidebarCheck = { checkWorkbook, guessMappings, createSignOffPack };
