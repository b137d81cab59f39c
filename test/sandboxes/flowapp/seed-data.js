'use strict';

/*
 * The fixed part of the seed: ids, tokens and the rows that carry CSV edge cases. These do not
 * depend on `seed`; the seed only picks the names of the filler registrants (data.js).
 * Tokens look like the reference's examples (11 alphanumerics, e.g. "rGt3dC546xs").
 */
const ACCOUNT = { id: 314, token: 'acc7Fl0wSbx', name: 'Sandbox Webinars Inc.' };

const OPERATORS = [
  {
    id: 101, userID: 9101, token: 'OpR3id00101', firstName: 'Morgan', lastName: 'Reid', email: 'morgan.reid@example.com',
    phone: '+1 415 555 0101', title: 'Head of Events', company: ACCOUNT.name, bio: 'Runs the webinar programme, end to end.',
    linkedinUrl: 'https://www.linkedin.com/in/morgan-reid-example', twitterID: 'morganreid', permission: 1,
    createdBy: 0, createdDate: 1704700800, avatarToken: 'av3f9c2e1b01', avatarExtension: 'png',
  },
  {
    id: 102, userID: 9102, token: 'OpN4ir00102', firstName: 'Priya', lastName: 'Nair', email: 'priya.nair@example.com',
    phone: '+44 20 7946 0102', title: 'Product Marketing Manager', company: ACCOUNT.name, bio: '',
    linkedinUrl: '', twitterID: '', permission: 2, createdBy: 101, createdDate: 1705305600,
    avatarToken: 'av8d1e4a7c02', avatarExtension: 'jpg',
  },
  {
    id: 103, userID: 9103, token: 'OpNg4t00103', firstName: 'Aroha', lastName: 'Ngata', email: 'aroha.ngata@example.com',
    phone: '+64 9 555 0103', title: 'Customer Success Lead', company: ACCOUNT.name, bio: 'Kia ora! Onboarding, renewals, "office hours".',
    linkedinUrl: '', twitterID: 'aroha_cs', permission: 2, createdBy: 101, createdDate: 1706515200,
    avatarToken: '', avatarExtension: '',
  },
  {
    id: 104, userID: 9104, token: 'OpM4rt00104', firstName: 'Chloé', lastName: 'Martin', email: 'chloe.martin@example.com',
    phone: '', title: 'Sales Engineer', company: ACCOUNT.name, bio: 'Demos, integrations, APIs.',
    linkedinUrl: '', twitterID: '', permission: 3, createdBy: 102, createdDate: 1709251200,
    avatarToken: 'av0b7c3d9e04', avatarExtension: 'png',
  },
];

// op: [operator id, role (10 organizer / 5 presenter), mic, cam, screen]
const SESSIONS = [
  {
    key: 'onboarding', id: 5001, token: 'Pa5tOnbrd01', eventToken: 'EvOnbrd2025', title: 'Onboarding Webinar: Getting Started with Flow',
    description: 'A guided tour for new customers: rooms, registration pages and reports.', date: '2025-03-12', time: '10:00:00',
    timezone: 'Europe/Amsterdam', duration: 1.5, earlyAccessPeriod: 15, published: 1, videoRecord: 1, onDemandReplays: 1,
    creator: 101, ops: [[101, 10, 1, 1, 1], [102, 5, 1, 1, 0]], createDate: '2025-02-20 09:14:00', registrants: 12,
    feedbackQuestions: [
      { id: 1, question: 'How would you rate this event?', type: 'rating' },
      { id: 2, question: 'Any other comments?', type: 'text' },
    ],
  },
  {
    key: 'q4Review', id: 5002, token: 'Pa5tQ4Rev02', eventToken: 'EvQ4Rev2024', title: 'Q4 Review, Results & "What\'s Next"',
    description: 'Quarterly results for partners.\nSlides are shared after the call.', date: '2024-12-05', time: '15:00:00',
    timezone: 'America/New_York', duration: 1, earlyAccessPeriod: 10, published: 1, videoRecord: 0, onDemandReplays: 0,
    creator: 101, ops: [[101, 10, 1, 1, 1], [103, 5, 1, 0, 1]], createDate: '2024-11-18 16:02:41', registrants: 5,
    feedbackQuestions: [],
  },
  {
    key: 'dryRun', id: 5003, token: 'Pa5tDryRn03', eventToken: 'EvDryRun025', title: 'Internal Dry Run',
    description: 'Tech check, nobody registered.', date: '2025-01-20', time: '08:30:00', timezone: 'UTC', duration: 0.5,
    earlyAccessPeriod: 0, published: 0, videoRecord: 0, onDemandReplays: 0, creator: 102, ops: [[102, 10, 1, 1, 1]],
    createDate: '2025-01-19 17:45:00', registrants: 0, feedbackQuestions: [],
  },
  {
    // Dated relative to the clock when seeded, so it is "current" right after start/reset.
    key: 'officeHours', id: 5004, token: 'CurL1veOH04', eventToken: 'EvOffHours1', title: 'Live: Product Office Hours',
    description: 'Bring your questions.', startOffsetMinutes: -30, timezone: 'Europe/London', duration: 2, earlyAccessPeriod: 15,
    published: 1, videoRecord: 1, onDemandReplays: 1, creator: 103, ops: [[103, 10, 1, 1, 1], [104, 5, 1, 1, 1]],
    createDate: '2025-05-02 11:00:00', registrants: 6, feedbackQuestions: [],
  },
  {
    key: 'launchApac', id: 5005, token: 'FutLaunchA5', eventToken: 'EvLaunch203', title: 'Launch Event 2030 (APAC)',
    description: 'The 2030 launch, APAC time zones.', date: '2030-06-18', time: '09:00:00', timezone: 'Australia/Sydney',
    duration: 2, earlyAccessPeriod: 30, published: 1, videoRecord: 1, onDemandReplays: 1, passCode: 482913, creator: 101,
    ops: [[101, 10, 1, 1, 1], [102, 5, 1, 1, 0], [104, 5, 0, 0, 1]], createDate: '2025-04-01 08:00:00', registrants: 4,
    feedbackQuestions: [{ id: 1, question: 'How did you hear about the launch?', type: 'text' }],
  },
  {
    key: 'partnerDraft', id: 5006, token: 'FutDraftP06', eventToken: 'EvPartner30', title: 'Draft: Partner Training',
    description: 'Not published yet.', date: '2030-09-01', time: '14:00:00', timezone: 'America/Los_Angeles', duration: 3,
    earlyAccessPeriod: 15, published: 0, videoRecord: 0, onDemandReplays: 0, creator: 104, ops: [[104, 10, 1, 1, 1]],
    createDate: '2025-04-15 10:30:00', registrants: 0, feedbackQuestions: [],
  },
  {
    key: 'launchEmea', id: 5007, token: 'FutLaunchE7', eventToken: 'EvLaunch203', title: 'Launch Event 2030 (EMEA) — Données & Analytique',
    description: 'Same launch, second session for Europe.', date: '2030-06-18', time: '09:00:00', timezone: 'Europe/Paris',
    duration: 2, earlyAccessPeriod: 30, published: 1, videoRecord: 1, onDemandReplays: 1, creator: 101,
    ops: [[101, 10, 1, 1, 1], [103, 5, 1, 1, 0]], createDate: '2025-04-01 08:05:00', registrants: 3, feedbackQuestions: [],
  },
];

// The first registrants of a session; the rest are seeded fillers. mic/cam: brought on stage.
const NAMED_REGISTRANTS = {
  onboarding: [
    { firstName: 'Jesse', lastName: 'Pinkman', email: 'jesse.pinkman@example.com', phone: '+1 505 555 0142', location: 'Albuquerque, NM', micEnabled: 1, camEnabled: 1 },
    { firstName: 'José', lastName: 'Müller-Ñúñez', email: 'jose.muller@example.com', phone: '+55 11 5555 0100', location: 'São Paulo, BR' },
    { firstName: 'Zoë', lastName: "O'Brien", email: 'zoe.obrien@example.com', phone: null, location: 'Dublin "Docklands"' },
    { firstName: 'Søren', lastName: 'Ødegård', email: 'soren.odegard@example.com', phone: null, location: 'Oslo' },
    { firstName: '美咲', lastName: '田中', email: 'misaki.tanaka@example.com', phone: '+81 3 5555 0199', location: '東京' },
  ],
  q4Review: [
    { firstName: 'Jesse', lastName: 'Pinkman', email: 'jesse.pinkman@example.com', phone: '+1 505 555 0142', location: 'Albuquerque, NM' },
  ],
};

const SURVEYS = [
  {
    id: 7001, session: 'onboarding', name: 'Post-event feedback', text: 'Tell us how the session went.', anonymous: false, resultDisplayOption: 1,
    questions: ['Overall, how useful was this session? (1-5)', 'What should we improve?'],
    // [registrant index, answers]
    responses: [
      [0, ['5', 'More "hands-on" demos, please.']],
      [1, ['4', 'Great session!\nWould love a part 2.']],
      [3, ['5', 'Takk — veldig nyttig']],
      [4, ['3', 'Audio dropped twice, otherwise fine']],
      [6, ['4', '']],
    ],
  },
  {
    id: 7002, session: 'onboarding', name: 'Live poll: Which topic next?', text: '', anonymous: true, resultDisplayOption: 2,
    questions: ['Which topic should we cover next?'],
    responses: [
      [0, ['Reports & CSV exports']], [1, ['SSO, rooms and embedding']], [3, ['Analytics']],
      [4, ['Reports & CSV exports']], [6, ['SSO, rooms and embedding']], [7, ['Reports & CSV exports']],
    ],
  },
  {
    id: 7003, session: 'q4Review', name: 'Q4 feedback', text: 'Two minutes, promise.', anonymous: false, resultDisplayOption: 1,
    questions: ['Rate the review (1-5)'],
    responses: [[0, ['4']], [1, ['5']]],
  },
  {
    id: 7004, session: 'officeHours', name: 'Office hours check-in', text: '', anonymous: false, resultDisplayOption: 1,
    questions: ['What brought you here today?'],
    responses: [],
  },
];

// [registrant index or operator id, minutes after the session start, message]
const ATTENDEE_CHAT = {
  onboarding: [
    [0, 2, 'Hello from Albuquerque, NM!'],
    [1, 5, 'Olá! Muito obrigado — très utile ✓'],
    [3, 12, 'Is the "advanced" track recorded?'],
    [0, 20, 'Two questions:\n1) where are the slides?\n2) will we get the replay link?'],
    [4, 33, 'ありがとうございました'],
    [6, 41, 'Thanks, bye'],
  ],
  q4Review: [[0, 3, 'Numbers look good, congrats!']],
  officeHours: [[0, 5, 'Hi all, can you hear me?']],
};
const OPERATOR_CHAT = {
  onboarding: [
    [101, -10, 'Slides are up; go to 2/14 when ready'],
    [102, -8, 'Muting attendee "Zoë" if the echo continues'],
    [101, 45, 'Q&A in 5,\nthen wrap up'],
  ],
  q4Review: [[101, -5, 'Recording starts on my mark']],
};

const ROOMS = [
  { id: 11, room_id: 4101, title: 'Always-On Sales Room', description: 'Drop-in demo room, open 24/7.', creator_id: 101, passCode: null },
  { id: 12, room_id: 4102, title: 'Customer Success Lounge', description: 'Office hours, onboarding and "ask me anything".', creator_id: 103, passCode: null },
  { id: 13, room_id: 4103, title: 'Équipe Support — Salle permanente', description: '', creator_id: 104, passCode: 2468 },
];
const ROOM_OPENED = { date: '2024-01-08', time: '09:00:00', timezone: 'Europe/Amsterdam' };

module.exports = { ACCOUNT, OPERATORS, SESSIONS, NAMED_REGISTRANTS, SURVEYS, ATTENDEE_CHAT, OPERATOR_CHAT, ROOMS, ROOM_OPENED };
