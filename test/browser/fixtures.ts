// Small articles written for the tests (not cut from any news corpus), in the shape of the sample
// articles: dateline, headline, body. One is hostile: its text holds script and markup payloads.

export const HOSTILE_PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

export const ARTICLES = [
  {
    id: 'fixture-berlin-talks',
    source: 'fixture-wire',
    published: '2017-05-03T09:15:00+01:00',
    text: `03/05/2017 09:15 BST

Germany And France Press Moscow Over Ceasefire

German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Wednesday to discuss the ceasefire in Syria.

"We will not accept another attack on civilians," Merkel told reporters after the meeting.

Macron said France would propose new talks at the United Nations. "Russia must use its influence," he said.

Russia accused the West of interfering in Syria's affairs, according to a statement from the foreign ministry.
`,
  },
  {
    id: 'fixture-sanctions-vote',
    source: 'fixture-times',
    published: '2017-05-20T18:40:00+01:00',
    text: `20/05/2017 18:40 BST

Ministers Split On Sanctions As Talks Stall

British Foreign Secretary Boris Johnson said on Saturday that new sanctions against Russia remained possible.

"The door is open, but our patience is not endless," Johnson said.

Italian Foreign Minister Angelino Alfano warned that sanctions alone would not end the war. "We need a dialogue with Moscow," Alfano told a news conference.
`,
  },
  {
    id: 'fixture-hostile',
    source: 'fixture-hostile',
    published: '2017-05-21T10:00:00+01:00',
    text: `21/05/2017 10:00 BST

Hostile Markup Test ${HOSTILE_PAYLOADS[0]}

A reader posted ${HOSTILE_PAYLOADS[0]} and ${HOSTILE_PAYLOADS[1]} in a comment, the site said.

"Never trust ${HOSTILE_PAYLOADS[1]} in a headline," the editor said.
`,
  },
];
