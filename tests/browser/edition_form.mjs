// The secretariat's edition form, filled as a person would: by the fields' labels.
import assert from 'node:assert/strict';

// Edition 25 as first typed: the last day is before the first day and the registration
// deadline falls after the first day. Non-Latin names and markup-like text check that
// everything typed comes back exactly.
export function edition25() {
  return {
    number: '25',
    title: 'Human Rights & Migration <in> "Europe"',
    hosts: 'Ministry of Foreign Affairs of Estonia\nУлаанбаатар хотын захиргаа',
    co_organisers: 'Asia-Europe Foundation (ASEF)\nRaoul Wallenberg Institute\n東京大学',
    topics: 'Labour migration\nStatelessness',
    mode: 'hybrid',
    city: 'Tallinn',
    country: 'Estonia',
    venue: 'Kultuurikatel, Põhja puiestee 27a',
    time_zone: 'Europe/Tallinn',
    start_date: '2028-05-16',
    end_date: '2028-05-14',
    registration_deadline: '2028-05-20 17:00',
    concept_note: 'First paragraph: mobility & rights.\nSecond paragraph with <b>no markup</b> and "quotes".',
    groups: [
      { name: 'Labour Migration', description: 'Decent work for migrant workers.', min_size: '20', max_size: '28',
        questions: 'Which protections travel with workers?\nWho monitors recruiters?' },
      { name: 'Statelessness', description: 'Children born stateless.', min_size: '15', max_size: '25',
        questions: 'How can birth registration close the gap?' },
      { name: 'Climate Displacement', description: '', min_size: '10', max_size: '20', questions: '' },
      { name: 'สิทธิของผู้ลี้ภัย', description: 'Refugee rights (Thai name).', min_size: '12', max_size: '18',
        questions: 'What does non-refoulement require at sea?' },
    ],
  };
}

const TEXT_FIELDS = [
  ['number', 'Number'],
  ['title', 'Topic'],
  ['hosts', 'Hosts, one per line'],
  ['co_organisers', 'Co-organisers, one per line'],
  ['topics', 'Sub-topics, one per line (optional)'],
  ['city', 'City'],
  ['country', 'Country'],
  ['venue', 'Venue'],
  ['time_zone', 'Time zone (IANA name, e.g. Asia/Ulaanbaatar)'],
  ['start_date', 'First day (YYYY-MM-DD, local)'],
  ['end_date', 'Last day (YYYY-MM-DD, local)'],
  ['registration_deadline', "Registration deadline (YYYY-MM-DD HH:MM in the edition's time zone)"],
  ['concept_note', 'Concept note text'],
];

const GROUP_FIELDS = [
  ['name', 'Name'],
  ['description', 'Description'],
  ['min_size', 'Smallest size'],
  ['max_size', 'Largest size'],
  ['questions', 'Questions for discussion, one per line'],
];

const MODE_LABELS = { in_person: 'In person', online: 'Online', hybrid: 'Hybrid' };

function groupRow(page, index) {
  return page.getByRole('group', { name: `Working group ${index + 1}`, exact: true });
}

// Types every value into the field with that label (works with and without JavaScript).
export async function fillEditionForm(page, data) {
  for (const [key, label] of TEXT_FIELDS) {
    await page.getByLabel(label, { exact: true }).fill(data[key]);
  }
  await page.getByRole('radio', { name: MODE_LABELS[data.mode], exact: true }).check();
  for (let i = 0; i < 4; ++i) {
    const row = groupRow(page, i);
    const group = data.groups[i] ?? { name: '', description: '', min_size: '', max_size: '', questions: '' };
    for (const [key, label] of GROUP_FIELDS) {
      await row.getByLabel(label, { exact: true }).fill(group[key]);
    }
  }
}

// Asserts that every field holds exactly the value in data.
export async function expectEditionForm(page, data) {
  for (const [key, label] of TEXT_FIELDS) {
    assert.equal(await page.getByLabel(label, { exact: true }).inputValue(), data[key], `the field "${label}" kept its value`);
  }
  for (const [mode, label] of Object.entries(MODE_LABELS)) {
    assert.equal(await page.getByRole('radio', { name: label, exact: true }).isChecked(), mode === data.mode,
      `the format "${label}" is ${mode === data.mode ? '' : 'not '}chosen`);
  }
  for (let i = 0; i < 4; ++i) {
    const row = groupRow(page, i);
    for (const [key, label] of GROUP_FIELDS) {
      assert.equal(await row.getByLabel(label, { exact: true }).inputValue(), data.groups[i][key],
        `working group ${i + 1}'s "${label}" kept its value`);
    }
  }
}
