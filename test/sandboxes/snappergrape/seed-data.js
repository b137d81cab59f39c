'use strict';

/*
 * Fixed rows (identical for every seed). Only the names of generated persons depend on `seed`.
 * Times are "YYYY-MM-DD HH:MM" UTC; past ones are in 2023–2025, future ones in 2030.
 */
const ORGANISATIONS = [
  { id: 101, title: 'Grape Demo AS', parent_id: 0, extern: 'ORG-ROOT', code: 'GD', city: 'Oslo', managers: [] },
  { id: 102, title: 'Sales', parent_id: 101, extern: 'ORG-SALES', code: 'GD-S', city: 'Oslo', managers: [1002] },
  { id: 103, title: 'Operations', parent_id: 101, extern: 'ORG-OPS', code: 'GD-O', city: 'Oslo', managers: [1004] },
  { id: 104, title: 'HR & Administration', parent_id: 101, extern: 'ORG-HR', code: 'GD-H', city: 'Oslo', managers: [] },
  { id: 105, title: 'Sales North', parent_id: 102, extern: 'ORG-SALES-N', code: 'GD-SN', city: 'Tromsø', managers: [] },
  { id: 106, title: 'Sales South', parent_id: 102, extern: 'ORG-SALES-S', code: 'GD-SS', city: 'Kristiansand', managers: [] },
  { id: 107, title: 'Warehouse Oslo', parent_id: 103, extern: 'ORG-OPS-OSL', code: 'GD-OO', city: 'Oslo', managers: [] },
  { id: 108, title: 'Warehouse Bergen', parent_id: 103, extern: 'ORG-OPS-BGO', code: 'GD-OB', city: 'Bergen', managers: [] },
  { id: 109, title: 'Partner Network', parent_id: 0, extern: 'ORG-PARTNER', code: 'PN', city: 'Stockholm', managers: [] },
  { id: 110, title: 'Partner Alpha', parent_id: 109, extern: 'ORG-PARTNER-A', code: 'PN-A', city: 'Göteborg', managers: [] },
];

const CATEGORIES = [
  { id: 11, title: 'Health, Safety & Environment', parent_id: 0 },
  { id: 12, title: 'Fire safety', parent_id: 11 },
  { id: 13, title: 'First aid', parent_id: 11 },
  { id: 14, title: 'Sales', parent_id: 0 },
  { id: 15, title: 'Product knowledge', parent_id: 14 },
  { id: 16, title: 'Leadership', parent_id: 0 },
];

const COMPETENCE_TYPES = [
  { id: 1, competence_type: 'course', title: 'Course' },
  { id: 2, competence_type: 'ecourse', title: 'E-course' },
  { id: 3, competence_type: 'certificate', title: 'Certificate' },
  { id: 4, competence_type: 'checklist', title: 'Checklist' },
  { id: 5, competence_type: 'checklist_item', title: 'Checklist item' },
];

const COMPETENCE_GROUPS = [
  { id: 31, title: 'Safety academy', sort_index: 1, external_id: 'CG-SAFETY' },
  { id: 32, title: 'Sales academy', sort_index: 2, external_id: 'CG-SALES' },
];

const ATTRIBUTES = [
  { id: 41, title: 'Mandatory by law' },
  { id: 42, title: 'Classroom' },
  { id: 43, title: 'Online' },
];

// valid_for_months: null = never expires. organisations: [] = available everywhere.
const COMPETENCES = [
  { id: 201, title: 'HSE Introduction', type: 'ecourse', code: 'HSE-101', months: 48, categories: [11], groups: [31], attributes: [41, 43], organisations: [], owner: 1004, owner_org: 103, modified: '2024-11-04 08:00', duration: '45 minutter' },
  { id: 202, title: 'Fire Safety Basics', type: 'course', code: 'FIRE-01', months: 60, categories: [12], groups: [31], attributes: [41, 42], organisations: [], owner: 1004, owner_org: 103, modified: '2024-12-02 09:30', duration: '1 dag' },
  { id: 203, title: 'First Aid Certificate', type: 'certificate', code: 'FA-CERT', months: 24, categories: [13], groups: [31], attributes: [42], organisations: [], owner: 1004, owner_org: 103, modified: '2025-01-20 14:10', duration: '2 dager' },
  { id: 204, title: 'Forklift License', type: 'certificate', code: 'FORK-LIC', months: 60, categories: [11], groups: [31], attributes: [41, 42], organisations: [103], owner: 1004, owner_org: 103, modified: '2025-02-14 10:00', duration: '3 dager' },
  { id: 205, title: 'Product Training 2025', type: 'course', code: 'PROD-25', months: null, categories: [15], groups: [32], attributes: [42], organisations: [102, 109], owner: 1002, owner_org: 102, modified: '2025-06-30 12:00', duration: '6 timer' },
  { id: 206, title: 'Leadership Essentials', type: 'course', code: 'LEAD-01', months: null, categories: [16], groups: [], attributes: [42], organisations: [], owner: 1001, owner_org: 101, modified: '2025-08-11 07:45', duration: '2 dager' },
  { id: 207, title: 'GDPR Awareness', type: 'ecourse', code: 'GDPR-01', months: 36, categories: [], groups: [], attributes: [43], organisations: [], owner: 1001, owner_org: 104, modified: '2025-10-01 06:00', duration: '30 minutter' },
  { id: 208, title: 'Onboarding Checklist', type: 'checklist', code: 'ONB-CL', months: null, categories: [], groups: [], attributes: [], organisations: [], owner: 1001, owner_org: 104, modified: '2025-03-03 09:00', children: [209, 210] },
  { id: 209, title: 'Signed employment contract', type: 'checklist_item', code: 'ONB-CL-1', months: null, categories: [], groups: [], attributes: [], organisations: [], owner: 1001, owner_org: 104, modified: '2025-03-03 09:00', parent: 208 },
  { id: 210, title: 'Received safety equipment', type: 'checklist_item', code: 'ONB-CL-2', months: null, categories: [], groups: [], attributes: [], organisations: [], owner: 1001, owner_org: 104, modified: '2025-03-03 09:00', parent: 208 },
  { id: 211, title: 'Legacy Safety Course', type: 'course', code: 'OLD-SAFE', months: 12, categories: [11], groups: [31], attributes: [], organisations: [], owner: 1004, owner_org: 103, modified: '2023-06-01 10:00', deactivated: true },
];

// rolemetatype: position (places a person in a unit) | role | specialrole
const ROLES = [
  { id: 301, title: 'Administrator', meta: 'position', type: 'Administrasjon', required: [201, 207], optional: [206], organisation_ids: [] },
  { id: 302, title: 'Sales Manager', meta: 'position', type: 'Leder', required: [201, 205, 206], optional: [207], organisation_ids: [102] },
  { id: 303, title: 'Sales Representative', meta: 'position', type: 'Selger', required: [201, 205], optional: [207], organisation_ids: [102] },
  { id: 304, title: 'Warehouse Operator', meta: 'position', type: 'Lager', required: [201, 202, 208], optional: [203], organisation_ids: [103] },
  { id: 305, title: 'HR Advisor', meta: 'position', type: 'Administrasjon', required: [201, 207], optional: [], organisation_ids: [104] },
  { id: 306, title: 'Forklift Driver', meta: 'role', type: 'Sertifisering', required: [204], optional: [], organisation_ids: [103] },
  { id: 307, title: 'First Aider', meta: 'specialrole', type: 'Beredskap', required: [203], optional: [], organisation_ids: [] },
  { id: 308, title: 'Fire Warden', meta: 'specialrole', type: 'Beredskap', required: [202], optional: [203], organisation_ids: [] },
  { id: 309, title: 'Partner Consultant', meta: 'position', type: 'Partner', required: [205], optional: [201], organisation_ids: [109] },
  { id: 310, title: 'Operations Manager', meta: 'position', type: 'Leder', required: [201, 202, 206], optional: [], organisation_ids: [103] },
];

// The first five persons are fixed; index 0 takes the `userName` start option.
const FIXED_PERSONS = [
  { id: 1001, user_name: 'api.user', firstname: 'API', lastname: 'User', org: 101, position: 301, roles: [], superuser: true, jobtitle: 'Integration user' },
  { id: 1002, user_name: 'kari.nordmann', firstname: 'Kari', lastname: 'Nordmann', org: 102, position: 302, roles: [], jobtitle: 'Head of Sales' },
  { id: 1003, user_name: 'ola.hansen', firstname: 'Ola', lastname: 'Hansen', org: 105, position: 303, roles: [307], jobtitle: 'Key account manager' },
  { id: 1004, user_name: 'ingrid.berg', firstname: 'Ingrid', lastname: 'Berg', org: 103, position: 310, roles: [308], jobtitle: 'COO' },
  { id: 1005, user_name: 'lars.johansen', firstname: 'Lars', lastname: 'Johansen', org: 107, position: 304, roles: [306], jobtitle: 'Warehouse operator' },
];
// Generated persons cycle through these units with the unit's usual position.
const GENERATED_SLOTS = [
  { org: 105, position: 303 }, { org: 106, position: 303 }, { org: 107, position: 304 },
  { org: 108, position: 304 }, { org: 104, position: 305 }, { org: 110, position: 309 },
];

// Events: children are module events listed only inside their parent.
const EVENTS = [
  { id: 501, competence_id: 202, title: 'Fire Safety Basics — Oslo', start: '2025-03-10 09:00', end: '2025-03-10 15:00', location: 'Oslo HQ, room Fjord', host: 103, organisations: [103], max: 20, cost: 0, modified: '2025-02-01 10:00' },
  { id: 502, competence_id: 203, title: 'First Aid Course — Bergen', start: '2025-05-20 08:30', end: '2025-05-21 16:00', location: 'Bergen warehouse', host: 104, organisations: [], max: 12, cost: 2500, modified: '2025-04-15 12:30' },
  { id: 503, competence_id: 205, title: 'Product Training Kickoff', start: '2025-09-15 09:00', end: '2025-09-15 16:00', location: 'Oslo HQ, auditorium', host: 102, organisations: [102], max: 40, cost: 0, modified: '2025-08-20 09:15' },
  { id: 504, competence_id: 202, title: 'Fire Safety Basics — Oslo (2030)', start: '2030-02-11 09:00', end: '2030-02-11 15:00', location: 'Oslo HQ, room Fjord', host: 103, organisations: [103], max: 20, cost: 0, modified: '2025-10-01 08:00' },
  { id: 505, competence_id: 203, title: 'First Aid Course — Oslo', start: '2030-03-04 08:30', end: '2030-03-05 16:00', location: 'Oslo HQ, room Skog', host: 104, organisations: [], max: 12, cost: 2500, modified: '2025-11-05 14:45' },
  { id: 506, competence_id: 206, title: 'Leadership Essentials 2030', start: '2030-04-22 09:00', end: '2030-04-23 16:00', location: 'Holmenkollen Park Hotel', host: 101, organisations: [], max: 16, cost: 9900, modified: '2025-12-01 09:00', children: [507, 508] },
  { id: 507, competence_id: 206, title: 'Leadership Essentials 2030 — Day 1', start: '2030-04-22 09:00', end: '2030-04-22 16:00', location: 'Holmenkollen Park Hotel', host: 101, organisations: [], max: 16, cost: 0, modified: '2025-12-01 09:00', parent: 506 },
  { id: 508, competence_id: 206, title: 'Leadership Essentials 2030 — Day 2', start: '2030-04-23 09:00', end: '2030-04-23 16:00', location: 'Holmenkollen Park Hotel', host: 101, organisations: [], max: 16, cost: 0, modified: '2025-12-01 09:00', parent: 506 },
  { id: 509, competence_id: 204, title: 'Forklift Training', start: '2030-05-06 08:00', end: '2030-05-08 15:00', location: 'Warehouse Oslo', host: 103, organisations: [107, 108], max: 2, cost: 4500, modified: '2026-01-12 13:20' },
  { id: 510, competence_id: 205, title: 'Product Training Q2 (cancelled)', start: '2030-06-03 09:00', end: '2030-06-03 16:00', location: 'Oslo HQ, auditorium', host: 102, organisations: [102], max: 40, cost: 0, modified: '2026-02-02 11:00', cancelled: '2026-02-02 11:00' },
];

const CMS = [
  { id: 1, template: 'article', title: 'Welcome to Grape', html: '<h1>Welcome to Grape</h1><p>Your learning portal.</p>' },
  { id: 2, template: 'article', title: 'Course catalogue help', html: '<p>Use the filters to find a course.</p>' },
  { id: 3, template: 'banner', title: 'Fire safety week', html: '<div class="banner">Fire safety week 2030</div>' },
];

module.exports = {
  ORGANISATIONS, CATEGORIES, COMPETENCE_TYPES, COMPETENCE_GROUPS, ATTRIBUTES, COMPETENCES, ROLES,
  FIXED_PERSONS, GENERATED_SLOTS, EVENTS, CMS,
};
