// Word lists the sentence splitter reads. A word is listed without its full stop; lists are matched
// case-sensitively as written (the splitter also tries the word with its first letter upper-cased).

/** Titles and honorifics: their full stop never ends a sentence ("said Mr. Smith", "Sen. Warren"). */
export const HONORIFICS = [
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mmes', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Profs', 'Rev', 'Revd', 'Fr',
  'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Lt', 'Gen', 'Col', 'Maj', 'Capt', 'Cmdr', 'Cdr', 'Adm', 'Brig',
  'Sgt', 'Cpl', 'Pvt', 'Pte', 'Lieut', 'Supt', 'Insp', 'Det', 'Const', 'Amb', 'Pres', 'Hon', 'Rt', 'Sec', 'Atty',
  'Gens', 'Cols', 'Mt', 'Ft', 'St', 'Ste', 'Sra', 'vs', 'v', 'cf', 'viz', 'ca', 'approx', 'Ald',
] as const;

/** Before a number their full stop does not end a sentence: "No. 10", "Sept. 4", "pp. 12", "Art. 50". */
export const BEFORE_NUMBER = [
  'No', 'Nos', 'no', 'nos', 'Art', 'art', 'Fig', 'fig', 'p', 'pp', 'Vol', 'vol', 'Ch', 'ch', 'Sec', 'sec', 'Para', 'para',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Nr', 'Tel', 'tel', 'Ext', 'ext',
  'Rs', 'Ord', 'Op', 'Ps', 'Ed', 'Ref', 'ref',
] as const;

/**
 * Abbreviations that often sit at the end of a sentence too ("Apple Inc.", "and so on, etc."): their
 * full stop ends a sentence only before a word that usually starts one (SENTENCE_STARTERS).
 */
export const AMBIGUOUS = [
  'Inc', 'Co', 'Corp', 'Ltd', 'Plc', 'plc', 'Bros', 'LLC', 'Cos', 'Assn', 'Dept', 'Univ', 'Ave', 'Blvd', 'Rd',
  'etc', 'al', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun', 'Calif', 'Fla', 'Mass', 'Penn', 'Ariz',
  'Ala', 'Ark', 'Colo', 'Conn', 'Del', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mich', 'Minn', 'Miss', 'Mo',
  'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo', 'est', 'Est',
  'Govt', 'govt', 'Intl', 'Natl', 'Bldg', 'Pty', 'Ltda', 'Jr', 'Sr', 'Snr', 'Jnr',
] as const;

/** Dotted abbreviations whose last full stop never ends a sentence ("e.g. the", "a.k.a. Jeb"). */
export const DOTTED_NEVER_END = ['e.g.', 'i.e.', 'a.k.a.', 'cf.', 'viz.', 'E.g.', 'I.e.'] as const;

/** Time words after "p.m." / "a.m." that continue the sentence: "3 p.m. ET", "10 a.m. Monday". */
export const TIME_FOLLOWERS = [
  'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'BST', 'UTC', 'CET', 'CEST',
  'Eastern', 'Central', 'Mountain', 'Pacific', 'local', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'Moscow', 'London', 'Washington', 'Beijing', 'Tokyo',
] as const;

/**
 * Words that usually open a sentence: after an ambiguous abbreviation or an initialism ("in the
 * U.S. He said"), a capitalised word from this list means a new sentence.
 */
export const SENTENCE_STARTERS = [
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'Here',
  'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'But', 'And', 'Or', 'So', 'Yet', 'Nor', 'In', 'On', 'At', 'For',
  'If', 'When', 'While', 'After', 'Before', 'As', 'However', 'Meanwhile', 'Also', 'Still', 'Now', 'Then', 'Some',
  'Many', 'Most', 'All', 'Both', 'Each', 'No', 'Not', 'One', 'Two', 'Three', 'Last', 'Earlier', 'Later', 'Since',
  'Although', 'Though', 'Because', 'Despite', 'During', 'Under', 'Over', 'With', 'Without', 'What', 'Who', 'Why',
  'How', 'Where', 'Which', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Has', 'Have', 'Had', 'Will', 'Would',
  'Can', 'Could', 'Should', 'May', 'Might', 'Mr', 'Mrs', 'Ms', 'Dr', 'According', 'Officials', 'Police', 'Yes',
  'Asked', 'Speaking', 'Such', 'Other', 'Another', 'Even', 'Only', 'Just', 'Instead', 'Indeed', 'Nevertheless',
  'Furthermore', 'Moreover', 'Thus', 'Today', 'Yesterday', 'Tomorrow', 'By', 'From', 'To', 'Of', 'Among',
] as const;
