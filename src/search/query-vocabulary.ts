// The values the exact-match fields take, for the query warnings (check-field-value.ts): PLOVER's event
// types as the events stage writes them (src/events/data/cameo-plover.txt, column 2), and the sector
// codes of the Phoenix export's actor codes ("RUSGOV"), which actor: does not read.

/** PLOVER event types, with STATEMENT for CAMEO 01. */
export const PLOVER_EVENTS: readonly string[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'STATEMENT',
];

/** CAMEO roots run 01 to 20; a code is its root and one or two more digits. */
export const CAMEO_ROOTS = { first: 1, last: 20 } as const;

/** CAMEO actor sector codes that follow a country code in the Phoenix export. */
export const SECTOR_CODES: readonly string[] = [
  'GOV', 'MIL', 'OPP', 'REB', 'PTY', 'BUS', 'COP', 'JUD', 'LEG', 'MED', 'EDU', 'CVL', 'REF', 'LAB', 'HLH', 'ELI',
  'SPY', 'NGO', 'IGO', 'INS', 'CRM', 'AGR', 'ENV', 'REL', 'MOD', 'RAD', 'UAF', 'MNC', 'HRI', 'IMG',
];
