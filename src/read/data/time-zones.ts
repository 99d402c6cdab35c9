// Time zone names seen in news datelines: a fixed offset in minutes east of UTC, or a US region whose
// offset follows US daylight-saving rules ("ET" is EST or EDT by date). `order` is the day/month order
// the zone's readers write ("BST" → 12/04/2017 is 12 April), used as evidence for numeric dates.
// "CST" is US Central here (US wire copy), not China Standard Time; "IST" is India (+05:30).

export type ZoneInfo = Readonly<{ offset?: number; us?: 'eastern' | 'central' | 'mountain' | 'pacific'; order?: 'dmy' | 'mdy' }>;

export const TIME_ZONES: Readonly<Record<string, ZoneInfo>> = {
  UTC: { offset: 0 }, Z: { offset: 0 }, GMT: { offset: 0, order: 'dmy' }, UT: { offset: 0 },
  BST: { offset: 60, order: 'dmy' }, IST: { offset: 330, order: 'dmy' },
  WET: { offset: 0, order: 'dmy' }, WEST: { offset: 60, order: 'dmy' },
  CET: { offset: 60, order: 'dmy' }, CEST: { offset: 120, order: 'dmy' },
  EET: { offset: 120, order: 'dmy' }, EEST: { offset: 180, order: 'dmy' },
  MSK: { offset: 180, order: 'dmy' }, TRT: { offset: 180, order: 'dmy' },
  SAST: { offset: 120, order: 'dmy' }, EAT: { offset: 180, order: 'dmy' }, WAT: { offset: 60, order: 'dmy' },
  GST: { offset: 240, order: 'dmy' }, PKT: { offset: 300, order: 'dmy' },
  HKT: { offset: 480, order: 'dmy' }, SGT: { offset: 480, order: 'dmy' },
  JST: { offset: 540 }, KST: { offset: 540 },
  AWST: { offset: 480, order: 'dmy' }, ACST: { offset: 570, order: 'dmy' }, ACDT: { offset: 630, order: 'dmy' },
  AEST: { offset: 600, order: 'dmy' }, AEDT: { offset: 660, order: 'dmy' },
  NZST: { offset: 720, order: 'dmy' }, NZDT: { offset: 780, order: 'dmy' },
  EST: { offset: -300, order: 'mdy' }, EDT: { offset: -240, order: 'mdy' },
  CST: { offset: -360, order: 'mdy' }, CDT: { offset: -300, order: 'mdy' },
  MST: { offset: -420, order: 'mdy' }, MDT: { offset: -360, order: 'mdy' },
  PST: { offset: -480, order: 'mdy' }, PDT: { offset: -420, order: 'mdy' },
  AKST: { offset: -540, order: 'mdy' }, AKDT: { offset: -480, order: 'mdy' }, HST: { offset: -600, order: 'mdy' },
  ET: { us: 'eastern', order: 'mdy' }, CT: { us: 'central', order: 'mdy' },
  MT: { us: 'mountain', order: 'mdy' }, PT: { us: 'pacific', order: 'mdy' },
};

/** Standard-time offsets of the US regions, in minutes; daylight time adds 60. */
export const US_STANDARD: Readonly<Record<string, number>> = { eastern: -300, central: -360, mountain: -420, pacific: -480 };
