'use strict';

const { formatStamp, DAY } = require('./dates');
const { SIMPLE } = require('./views');
const store = require('./store');
const { ancestorsAndSelf } = require('./access');

/* Full representations; views.shape() derives simple ones. Nested objects are simple views. */
const simple = (type, full) =>
	Object.fromEntries(SIMPLE[type].filter((k) => k in full).map((k) => [k, full[k]]));

function personFull(state, p) {
	const [y, m, d] = p.birthdate.split('-');
	return {
		person_id: p.id,
		id: p.id,
		user_name: p.user_name,
		firstname: p.firstname,
		lastname: p.lastname,
		fullname: `${p.firstname} ${p.lastname}`,
		email: p.email,
		jobtitle: p.jobtitle,
		nationality: p.nationality,
		birthdate: `${p.birthdate} 00:00`,
		birthdate_fmt: `${d}.${m}.${y}`,
		address: p.address,
		postcode: p.postcode,
		city: p.city,
		country: p.country,
		phone: p.phone,
		mobile: p.mobile,
		notice: p.notice,
		sex: p.sex,
		profile_image: null,
		employee_code: p.employee_code,
		code: p.code,
		extern_person_id: p.extern_person_id,
		ts: formatStamp(p.tsMs),
		deactivated: p.deactivated,
	};
}
const personSimple = (state, p) => (p ? simple('Person', personFull(state, p)) : null);

function orgSimple(state, o) {
	return o ? { id: o.id, title: o.title, extern_organisation_id: o.extern_organisation_id } : null;
}

function orgFull(state, o) {
	const chain = ancestorsAndSelf(state, o.id);
	const main = store.orgById(state, chain[chain.length - 1]);
	return {
		organisation_id: o.id,
		id: o.id,
		title: o.title,
		main_organisation: orgSimple(state, main),
		managers: o.managers
			.map((id) => personSimple(state, store.personById(state, id)))
			.filter(Boolean),
		code: o.code,
		organisation_number: o.organisation_number,
		address: o.address,
		postcode: o.postcode,
		city: o.city,
		country: o.country,
		postal_address: o.address,
		postal_postcode: o.postcode,
		postal_city: o.city,
		postal_country: o.country,
		visit_address: o.address,
		visit_postcode: o.postcode,
		visit_city: o.city,
		visit_country: o.country,
		phone: o.phone,
		email: o.email,
		opened: formatStamp(o.openedMs),
		closed: null,
		department: o.parent_id ? 1 : 0,
		web: o.web,
		parent_id: o.parent_id,
		extern_organisation_id: o.extern_organisation_id,
		deactivated: o.deactivated,
	};
}

function categoryFull(state, c, tree) {
	const out = { category_id: c.id, id: c.id, title: c.title };
	if (tree) {
		const kids = state.categories.filter((k) => k.parent_id === c.id);
		if (kids.length) out.children = kids.map((k) => categoryFull(state, k, true));
	}
	return out;
}

const typeObject = (state, key) =>
	state.competenceTypes.find((t) => t.competence_type === key) || null;

function competenceFull(state, c) {
	const title = c.deactivated
		? `${c.title} (deactivated)`
		: c.parent
			? `${store.competenceById(state, c.parent).title}: ${c.title}`
			: c.title;
	return {
		competence_id: c.id,
		id: c.id,
		title,
		real_title: c.title,
		competence_type: c.type,
		code: c.code,
		valid_for: c.months ? `${c.months} months` : null,
		duration: c.duration || null,
		short_description: `${c.title} (${c.code}).`,
		description: `<p>${c.title}. Code ${c.code}.</p>`,
		colorcode: '#5a2d82',
		modified: formatStamp(c.modifiedMs),
		checked_by: c.type === 'checklist_item' ? 'manager' : null,
		children: (c.children || []).map((id) =>
			simple('Competence', competenceFull(state, store.competenceById(state, id))),
		),
		files: [],
		locale: 'no',
		languages_available: ['no', 'en'],
		organisations: c.organisations.map((id) => orgSimple(state, store.orgById(state, id))),
		min_age: null,
		max_age: null,
		prerequisites: [],
		prerequisites_text: null,
		categories: c.categories.map((id) => ({
			id,
			title: state.categories.find((k) => k.id === id).title,
		})),
		attributes: c.attributes.map((id) => state.attributes.find((a) => a.id === id)),
		instructors: [],
		durations: [],
		weight: 1,
		survey_data: null,
		survey_qualifications: [],
		survey_render_url: null,
		custom_attributes: null,
		external_competence_id: `EXT-${c.code}`,
		owner_person: personSimple(state, store.personById(state, c.owner)),
		owner_organisation: orgSimple(state, store.orgById(state, c.owner_org)),
		competence_groups: c.groups.map((id) => state.competenceGroups.find((g) => g.id === id)),
		deactivated: c.deactivated,
	};
}

function eventFull(state, e, actor) {
	const count = store.participants(state, e).length;
	const host = store.orgById(state, e.host);
	const competence = store.competenceById(state, e.competence_id);
	const now = state.clock.now();
	const signOnDeadline = e.startMs - DAY;
	return {
		event_id: e.id,
		id: e.id,
		competence_id: e.competence_id,
		title: e.title,
		startdate: formatStamp(e.startMs),
		enddate: formatStamp(e.endMs),
		publishdate: formatStamp(e.modifiedMs),
		location: e.location,
		cost: e.cost,
		joinable: !e.cancelledMs && now < signOnDeadline && !e.children.length,
		short_description: `${e.title}.`,
		description: `<p>${e.title} at ${e.location}.</p>`,
		sign_on_deadline: formatStamp(signOnDeadline),
		sign_off_deadline: formatStamp(e.startMs - 3 * DAY),
		haschildren: e.children.length > 0,
		children: e.children.map((id) =>
			simple('Event', eventFull(state, store.eventById(state, id), actor)),
		),
		parent_event_id: e.parent,
		organisations: e.organisations.map((id) => orgSimple(state, store.orgById(state, id))),
		min_age: null,
		max_age: null,
		max_participants: e.max,
		participants_count: count,
		available_count: Math.max(0, e.max - count),
		attributes: competence
			? competence.attributes.map((id) => state.attributes.find((a) => a.id === id))
			: [],
		instructors: [],
		host_name: host ? host.title : null,
		host: orgSimple(state, host),
		external_sign_on: true,
		payment: e.cost > 0,
		payment_types: e.cost > 0 ? ['invoice'] : [],
		durations: [],
		certificates_url: e.endMs < now ? `/api/events/${e.id}/certificates` : null,
		course_owner_person: competence
			? personSimple(state, store.personById(state, competence.owner))
			: null,
		course_owner_organisation: orgSimple(state, host),
		prerequisites_text: '',
		prerequisites: [],
		competence_groups: competence
			? competence.groups.map((id) => state.competenceGroups.find((g) => g.id === id))
			: [],
		email: 'kurs@example.com',
		homepage: 'https://example.com/kurs',
		signed_on: Boolean(actor && store.activeParticipation(state, e, actor)),
		locked: null,
		travelinformations: [],
		custom_attributes: {},
		cancelled: formatStamp(e.cancelledMs),
	};
}

function personEventFull(state, pe, { includePerson = false, actor } = {}) {
	const e = store.eventById(state, pe.event_id);
	const host = store.orgById(state, e.host);
	const history =
		state.personEvents.filter(
			(x) =>
				x.person_id === pe.person_id &&
				store.eventById(state, x.event_id).competence_id === e.competence_id,
		).length > 1;
	const out = {
		event_id: e.id,
		id: e.id,
		competence_id: e.competence_id,
		person_event_id: pe.id,
		title: e.title,
		startdate: formatStamp(e.startMs),
		enddate: formatStamp(e.endMs),
		location: e.location,
		joined: formatStamp(pe.joinedMs),
		waitlist: pe.waitlist,
		passed: pe.passed,
		cancelled: formatStamp(pe.cancelledMs),
		short_description: `${e.title}.`,
		description: `<p>${e.title} at ${e.location}.</p>`,
		comments: pe.comments,
		haschildren: e.children.length > 0,
		children: e.children.map((id) => ({ id, title: store.eventById(state, id).title })),
		confirmed: pe.confirmed,
		host_name: host ? host.title : null,
		representing_organisation: null,
		history,
		event: simple('Event', eventFull(state, e, actor)),
		order_id: pe.order_id,
		is_paid: pe.is_paid,
		debitor_organisation: null,
		debitor_person: null,
		order_due: null,
		user_name: store.personById(state, pe.person_id).user_name,
	};
	if (includePerson) out.person = personSimple(state, store.personById(state, pe.person_id));
	return out;
}

function personCompetenceFull(state, r, { now = state.clock.now() } = {}) {
	const c = store.competenceById(state, r.competence_id);
	const person = store.personById(state, r.person_id);
	const history = state.personCompetences.filter(
		(x) =>
			x.person_id === r.person_id &&
			x.competence_id === r.competence_id &&
			x.id !== r.id &&
			x.superseded,
	);
	return {
		competence_id: c.id,
		competence_title: c.title,
		cancelled: formatStamp(r.cancelledMs),
		certificate_url: r.passed === 100 ? `/api/personcompetences/${r.id}/certificate` : null,
		comments: r.comments,
		competence: simple('Competence', competenceFull(state, c)),
		competence_type: typeObject(state, c.type),
		date: formatStamp(r.dateMs),
		grade: r.grade,
		id: r.id,
		joined: formatStamp(r.joinedMs),
		manager_check: null,
		manager_check_user_id: null,
		passed: r.passed,
		person_competence_id: r.id,
		representing_organisation: null,
		school: null,
		self_check: null,
		time_spent: null,
		valid_until: formatStamp(r.validUntilMs),
		person: personSimple(state, person),
		history_personcompetences: r.superseded
			? []
			: history.map((h) => simple('PersonCompetence', personCompetenceFull(state, h, { now }))),
		history: !r.superseded && history.length > 0,
		user_name: person.user_name,
		expired: r.validUntilMs !== null && r.validUntilMs < now,
		superseded: r.superseded,
	};
}

/** A "missing" row: the competence is required/suggested but has no valid record. */
function missingCompetence(state, person, c, mandatory) {
	return {
		competence_id: c.id,
		competence_title: c.title,
		competence: simple('Competence', competenceFull(state, c)),
		competence_type: typeObject(state, c.type),
		date: null,
		grade: null,
		id: null,
		passed: 0,
		person_competence_id: null,
		valid_until: null,
		person: personSimple(state, person),
		history: false,
		history_personcompetences: [],
		mandatory,
		user_name: person.user_name,
	};
}

function positionFull(state, pos) {
	const role = store.roleById(state, pos.role_id);
	return {
		role_id: role.id,
		title: role.title,
		roletype_name: role.type,
		description: `${role.title} position`,
		organisation_id: pos.organisation_id,
		owner_organisation: orgSimple(state, store.orgById(state, pos.organisation_id)),
		owner_person: null,
	};
}

function roleFull(state, role) {
	const compSimple = (id) =>
		simple('Competence', competenceFull(state, store.competenceById(state, id)));
	return {
		role_id: role.id,
		id: role.id,
		title: role.title,
		roletype_name: role.type,
		description: `${role.title} (${role.meta})`,
		organisation_id: role.organisation_ids[0] || null,
		organisation_ids: role.organisation_ids.slice(),
		rolemetatype: role.meta,
		organisations: role.organisation_ids.map((id) => orgSimple(state, store.orgById(state, id))),
		owner_organisation: orgSimple(state, store.orgById(state, role.organisation_ids[0] || 101)),
		owner_person: null,
		required_competences: role.required.map(compSimple),
		optional_competences: role.optional.map(compSimple),
	};
}

module.exports = {
	personFull,
	personSimple,
	orgFull,
	orgSimple,
	categoryFull,
	competenceFull,
	eventFull,
	personEventFull,
	personCompetenceFull,
	missingCompetence,
	positionFull,
	roleFull,
	typeObject,
};
