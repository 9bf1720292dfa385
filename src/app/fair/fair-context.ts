/** The fair-booth screens' singletons (state lives as long as the page, across tab switches). */
import { datasets } from '../app-context.ts';
import { FairState } from './fair-state.svelte.ts';
import { JournalStore } from './journal-store.ts';
import { ConsultingState } from './consulting-state.svelte.ts';
import { ScheduleState } from './schedule-state.svelte.ts';
import { WeblogState } from './weblog-state.svelte.ts';

export const journalStore = new JournalStore();
export const fair = new FairState(datasets, journalStore);
export const fairSchedule = new ScheduleState(datasets, fair);
export const weblog = new WeblogState(datasets);
export const consulting = new ConsultingState(datasets);
