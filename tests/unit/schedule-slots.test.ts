/** Time slots derived from the event's dates and the day plan (the contract has no slot table). */
import { describe, expect, it } from 'vitest';
import { eventDays, timeSlots, DEFAULT_DAY_PLAN } from '../../src/core/schedule/time-slots.ts';

describe('time slots', () => {
  it('default plan: 16 half-hour slots from 10:00 to 18:00 per day', () => {
    const slots = timeSlots(['2024-06-19'], DEFAULT_DAY_PLAN);
    expect(slots).toHaveLength(16);
    expect(slots[0]).toEqual({ index: 0, day: '2024-06-19', start: '10:00', end: '10:30' });
    expect(slots[15]).toEqual({ index: 15, day: '2024-06-19', start: '17:30', end: '18:00' });
  });

  it('skips a lunch break and numbers slots across days', () => {
    const slots = timeSlots(eventDays('2024-06-19', '2024-06-21'), {
      ...DEFAULT_DAY_PLAN,
      breakStart: '12:00',
      breakEnd: '13:00',
    });
    expect(slots).toHaveLength(3 * 14);
    expect(slots.filter((s) => s.day === '2024-06-19').map((s) => s.start)).not.toContain('12:00');
    expect(slots.map((s) => s.index)).toEqual(slots.map((_, i) => i));
    expect(slots[14].day).toBe('2024-06-20');
  });

  it('a break that does not line up with the slots pushes the next slot to the break’s end', () => {
    const slots = timeSlots(['2024-01-01'], {
      start: '09:00',
      end: '12:00',
      minutes: 40,
      breakStart: '10:00',
      breakEnd: '10:30',
    });
    expect(slots.map((s) => s.start)).toEqual(['09:00', '10:30', '11:10']);
  });

  it('event days span the dates inclusively', () => {
    expect(eventDays('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('explains bad plans', () => {
    expect(() => timeSlots(['2024-01-01'], { start: '18:00', end: '10:00', minutes: 30 })).toThrow(
      /end after/,
    );
    expect(() => timeSlots(['2024-01-01'], { start: '10:00', end: '10:20', minutes: 30 })).toThrow(
      /no 30-minute slot/,
    );
    expect(() => timeSlots(['2024-01-01'], { start: '25:00', end: '26:00', minutes: 30 })).toThrow(/HH:MM/);
    expect(() => timeSlots(['2024-01-01'], { start: '10:00', end: '12:00', minutes: 0 })).toThrow(/5 to 240/);
    expect(() => eventDays('2024-06-21', '2024-06-19')).toThrow(/valid range/);
  });
});
