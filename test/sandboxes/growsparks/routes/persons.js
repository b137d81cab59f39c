'use strict';

const { resource } = require('../schema');
const { validateCall } = require('../validate');
const { badRequest } = require('../errors');
const { create } = require('../entities');
const { newId } = require('../ids');
const { updateEntity, removeEntity, refsTo } = require('../store');
const { activityStatus } = require('../lines');
const { resultsOfPerson } = require('../scope');
const { resultFields } = require('../results');
const { routePath, pathEntity } = require('./common');

/*
 * Person calls: impersonations and SSO URLs (recorded in state, URLs point at the sandbox origin
 * and are not served), merge (the path person is merged INTO Target and disappears; everything
 * that referenced it now references Target), single .progress and .recertify.
 */
function impersonation(state, key, contactEmail) {
	const isNew = !state.impersonations.has(key);
	state.impersonations.set(key, { contactEmail, at: state.clock.iso() });
	state.sentMails.push({ to: contactEmail, kind: 'impersonation', key });
	return {
		ContactEmail: contactEmail,
		UserUniqueID: key,
		UserIsNew: isNew,
		ImpersonationIsNew: isNew,
		MailSent: Boolean(contactEmail),
	};
}

const handlers = {
	createemailimpersonation(state, person, body) {
		const email = body.LoginEmail || person.Email;
		if (!email) badRequest('LoginEmail', 'LoginEmail is required when the person has no Email');
		return impersonation(state, `email:${email.toLowerCase()}`, email);
	},
	createusernameimpersonation(state, person, body) {
		if (!body.Username.trim()) badRequest('Username', 'Username must not be empty');
		return impersonation(state, `username:${body.Username}`, body.ContactEmail || person.Email);
	},
	createsinglesignonurl(state, person, body) {
		const token = newId(state.createdRng).slice(2);
		const mode = body.ActivityMode || 'Normal';
		const url = new URL('/sso/start', state.origin);
		url.searchParams.set('store', token);
		url.searchParams.set('mode', mode);
		const key = `\\RESTV1\\${person.ID.slice(2)}`;
		const isNew = !state.impersonations.has(key);
		state.impersonations.set(key, {
			contactEmail: body.ContactEmail || person.Email,
			at: state.clock.iso(),
			url: url.href,
		});
		const options = { ActivityMode: mode };
		if (body.StartActivityStructure) options.StartActivityStructure = body.StartActivityStructure;
		return {
			URL: url.href,
			ContactEmail: body.ContactEmail || person.Email,
			UserUniqueID: key,
			UserIsNew: isNew,
			StartupOptions: options,
		};
	},
	merge(state, person, body) {
		if (body.Target === person.ID) badRequest('Target', 'A person cannot be merged with itself');
		mergeInto(state, person, state.byId.get(body.Target));
		return {};
	},
	progress(state, person, body) {
		return activityStatus(state, person, state.byId.get(body.ActivityStructure), 'Last');
	},
	recertify(state, person, body) {
		const certificate = state.byId.get(body.Certificate);
		if (certificate._kind !== 'certificateactivities')
			badRequest('Certificate', `${body.Certificate} is not a CertificateActivity`);
		const had = resultsOfPerson(state, person.ID).some((r) => r.On === certificate.ID);
		if (!had) return { Success: false, RestartedActivities: [], MailSent: false };
		const now = state.clock.now();
		create(state, 'certificateresults', {
			...resultFields('certificateresults', {
				status: 'Busy',
				startedMs: now,
				completedMs: now,
				progress: 0,
			}),
			Of: person.ID,
			On: certificate.ID,
		});
		state.sentMails.push({ to: person.Email, kind: 'recertify', certificate: certificate.ID });
		return { Success: true, RestartedActivities: [certificate.ID], MailSent: true };
	},
};

const REFS = {
	Target: 'Person',
	ActivityStructure: 'ActivityStructure',
	Certificate: 'Activity',
	StartActivityStructure: 'ActivityStructure',
};

function mergeInto(state, source, target) {
	for (const entity of [...state.byId.values()]) {
		if (entity === source) continue;
		if (entity._kind === 'persongroupmemberships' && entity.Member === source.ID) {
			const already = refsTo(state, 'persongroupmemberships', 'Member', target.ID).some(
				(id) => state.byId.get(id).MemberOf === entity.MemberOf,
			);
			if (already) {
				removeEntity(state, entity);
				continue;
			}
		}
		const changes = {};
		for (const key of Object.keys(entity))
			if (key !== 'ID' && entity[key] === source.ID) changes[key] = target.ID;
		if (Object.keys(changes).length)
			updateEntity(state, entity, { ...changes, ModifiedDate: state.clock.stamp() });
	}
	// Person fields the target lacks are taken over from the merged person.
	const fill = {};
	for (const f of resource('persons').fields)
		if (
			f.access === 'readwrite' &&
			(target[f.name] === null || target[f.name] === '') &&
			source[f.name] !== null &&
			source[f.name] !== ''
		)
			fill[f.name] = source[f.name];
	updateEntity(state, target, { ...fill, ModifiedDate: state.clock.stamp() });
	removeEntity(state, source);
	state.merged.set(source.ID, target.ID);
}

module.exports = (state) => {
	const res = resource('persons');
	return res.endpoints
		.filter((ep) => ep.kind === 'call' && handlers[ep.operation] && !ep.supportsStream)
		.map((ep) => ({
			method: ep.method,
			path: routePath(ep.path),
			handler: (ctx) => {
				const person = pathEntity(state, res, ctx);
				return handlers[ep.operation](state, person, validateCall(state, ep, ctx.body, REFS));
			},
		}));
};
