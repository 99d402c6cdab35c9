// A small composed corpus for the conformance suite: two speakers, three event types, an exact
// syndicated copy, a near copy with an agency byline, and an unrelated local story.
import { makeItem, type Spec } from './make-item.js';

const JOHNSON = 'LONDON — Boris Johnson warned Russia on Tuesday that it faced new sanctions over its support for the Syrian government. '
  + '"Russia must face sanctions over Syria," the foreign secretary said after meeting ministers from the Group of Seven. '
  + 'Diplomats said the talks in Lucca had been tense, with Italy and Germany wary of any measure that might close the door to Moscow. '
  + 'Johnson cancelled a planned trip to Moscow last week, saying the situation had changed fundamentally after the chemical attack. '
  + 'Officials expect the ministers to agree a joint statement on Wednesday, though its wording remained under discussion late into the night.';

const TILLERSON = 'MOSCOW — Rex Tillerson met Sergei Lavrov in Moscow on Wednesday for talks that both sides described as frank. '
  + '"We had a frank exchange with Russia about the path ahead," the secretary of state told reporters after the meeting. '
  + 'The two men spoke for more than three hours, and Vladimir Putin later received the American envoy at the Kremlin. '
  + 'Russian officials said they remained unconvinced by evidence of the chemical attack presented by Washington. '
  + 'Analysts in both capitals said relations were at their lowest point since the end of the Cold War.';

export const A1: Spec = {
  id: 'huffpost-1', source: 'huffpost', published: '2017-04-05T10:00:00+01:00', headline: 'Johnson warns Russia', text: JOHNSON,
  entities: [{ name: 'Boris Johnson', country: 'GBR', sector: 'GOV', title: 'foreign secretary' }, { name: 'Russia', type: 'location', country: 'RUS' }],
  quotes: [{ said: 'Russia must face sanctions over Syria', speaker: 'Boris Johnson' }],
  events: [{ sentence: JOHNSON.slice(0, JOHNSON.indexOf('. ') + 1), trigger: 'warned', event: 'THREATEN',
    actors: [{ name: 'Boris Johnson', country: 'GBR' }], recipients: [{ name: 'Russia', country: 'RUS' }], modality: 'threatened' }],
};

export const A2: Spec = {
  id: 'breitbart-2', source: 'breitbart', published: '2017-04-12T18:30:00+03:00', headline: 'Tillerson meets Lavrov', text: TILLERSON,
  entities: [{ name: 'Rex Tillerson', country: 'USA', sector: 'GOV' }, { name: 'Sergei Lavrov', country: 'RUS', sector: 'GOV' }, { name: 'Russia', type: 'location', country: 'RUS' }],
  quotes: [{ said: 'We had a frank exchange with Russia about the path ahead', speaker: 'Rex Tillerson' }],
  events: [{ sentence: TILLERSON.slice(0, TILLERSON.indexOf('. ') + 1), trigger: 'met', event: 'MEET',
    actors: [{ name: 'Rex Tillerson', country: 'USA' }], recipients: [{ name: 'Sergei Lavrov', country: 'RUS' }] }],
};

const ASSAD = 'Boris Johnson accused Bashar al-Assad of war crimes on Tuesday. '
  + '"The sanctioning of individuals is only the start," he told MPs in the Commons. '
  + 'The foreign secretary said Britain would press the United Nations for a new resolution.';

export const A3: Spec = {
  id: 'huffpost-3', source: 'huffpost', published: '2017-05-02T09:00:00+01:00', headline: 'Johnson accuses Assad', text: ASSAD,
  entities: [{ name: 'Boris Johnson', country: 'GBR', sector: 'GOV' }, { name: 'Bashar al-Assad', country: 'SYR', sector: 'GOV' }],
  quotes: [{ said: 'The sanctioning of individuals is only the start', speaker: 'Boris Johnson' }],
  events: [{ sentence: 'Boris Johnson accused Bashar al-Assad of war crimes on Tuesday.', trigger: 'accused', event: 'ACCUSE',
    actors: [{ name: 'Boris Johnson', country: 'GBR' }], recipients: [{ name: 'Bashar al-Assad', country: 'SYR' }] }],
};

/** The same words as A1 under another id: an exact syndicated copy. */
export const A4: Spec = { ...A1, id: 'reuters-4', source: 'reuters', published: '2017-04-05T11:00:00+01:00' };

/** A2 with an agency byline and two words changed: a near copy. */
export const A5: Spec = {
  ...A2, id: 'apnews-5', source: 'apnews', published: '2017-04-12T19:00:00+03:00',
  text: '(AP) ' + TILLERSON.replace('more than three hours', 'nearly three hours'),
};

const COUNCIL = 'The city council approved a new budget for schools on Monday after a long debate. '
  + '"This is a good day for our children," said Mayor Jane Doe, who had campaigned on the issue. '
  + 'The budget adds forty teachers and repairs the roofs of six primary schools.';

export const A6: Spec = {
  id: 'local-6', source: 'nytimes', published: '2016-12-01T08:00:00-05:00', headline: 'Council passes school budget', text: COUNCIL,
  entities: [{ name: 'Jane Doe' }], quotes: [{ said: 'This is a good day for our children', speaker: 'Jane Doe' }],
};

export const corpus = () => [A1, A2, A3, A4, A5, A6].map(makeItem);
