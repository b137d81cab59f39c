'use strict';
/**
 * The scripts the scripted model plays for the AI-agent examples (`examples/<vendor id>-ai-agent.json`,
 * model `scripted-<vendor id>`). Each does what a real model would do with the example's prompt: it
 * first tries a record that does not exist (to show how a tool error reads to a model), then lists
 * with a filter, reads the first record found, writes one change and answers with what it did.
 * Tool names are the example's node names, as n8n gives them to the model.
 */

/** The first record a tool returned: n8n sends the model a JSON array of the tool's items. */
function first(ctx, index) {
	const data = ctx.results[index] && ctx.results[index].data;
	const record = Array.isArray(data) ? data[0] : data;
	if (!record || typeof record !== 'object')
		throw new Error(
			`tool result ${index} holds no record: ${String(ctx.results[index]?.output).slice(0, 300)}`,
		);
	return record;
}

/**
 * The five steps every example's script takes: the Get tool with an ID that does not exist, the Find
 * tool with a filter, the Get tool with the first record found (`idOf` gives its arguments), one
 * change with the write tool, then the answer. Arguments and the answer may be functions of the
 * results so far.
 */
function exampleScript({ get, missing, find, filter, idOf, write, change, answer }) {
	return [
		{ call: [{ tool: get, args: missing }] },
		{ call: [{ tool: find, args: filter }] },
		{ call: [{ tool: get, args: (ctx) => idOf(first(ctx, 1)) }] },
		{ call: [{ tool: write, args: change }] },
		{ answer },
	];
}

const EXAMPLE_SCRIPTS = {
	'scripted-damstra-learning': exampleScript({
		get: 'Get_User',
		missing: { userId: '999999' },
		find: 'Find_Users',
		filter: { search: 'Walsh' },
		idOf: (user) => ({ userId: String(user.id) }),
		write: 'Update_User_Mobile',
		change: (ctx) => ({ userId: String(first(ctx, 2).id), mobileNumber: '0400 123 456' }),
		answer: (ctx) => {
			const user = first(ctx, 3);
			return `User 999999 does not exist. I found ${ctx.results[1].data.length} user(s) matching Walsh and set the mobile number of ${user.firstName} ${user.lastName} (ID ${user.id}) to ${user.mobileNumber}.`;
		},
	}),
	'scripted-growsparks': exampleScript({
		get: 'Get_Person',
		missing: { personId: 'G_00000000-0000-4000-8000-000000000000' },
		find: 'Find_Persons',
		filter: { filter: "LastName eq 'Peeters'" },
		idOf: (person) => ({ personId: person.ID }),
		write: 'Create_Person',
		change: { firstName: 'Grace', lastName: 'Hopper', email: 'grace.hopper@example.com' },
		answer: (ctx) =>
			`That person ID does not exist. I looked up ${first(ctx, 2).FirstName} ${first(ctx, 2).LastName} and created Grace Hopper with ID ${first(ctx, 3).ID}.`,
	}),
	'scripted-flow-webinars': exampleScript({
		get: 'Get_Event',
		missing: { sessionToken: 'NoSuchSess9' },
		find: 'Find_Events',
		filter: { period: 'future' },
		idOf: (event) => ({ sessionToken: event.token }),
		write: 'Register_Attendee',
		change: (ctx) => ({
			sessionToken: first(ctx, 2).token,
			email: 'grace.hopper@example.com',
			firstName: 'Grace',
			lastName: 'Hopper',
		}),
		answer: (ctx) =>
			`Session NoSuchSess9 does not exist. I registered Grace Hopper for "${first(ctx, 2).title}" (${first(ctx, 2).token}).`,
	}),
	'scripted-snapper-grape': exampleScript({
		get: 'Get_Person',
		missing: { userName: 'no.such.person' },
		find: 'Find_Persons',
		filter: { organisationId: '103' },
		idOf: (person) => ({ userName: person.user_name }),
		write: 'Update_Person_Mobile',
		change: (ctx) => ({ userName: first(ctx, 2).user_name, mobile: '+47 400 00 000' }),
		answer: (ctx) =>
			`Person no.such.person does not exist. I set the mobile number of ${first(ctx, 2).firstname} ${first(ctx, 2).lastname} (${first(ctx, 2).user_name}) to +47 400 00 000.`,
	}),
	'scripted-onsight-flow': exampleScript({
		get: 'Get_User',
		missing: { userId: 'ffffffffffffffffffffffff' },
		find: 'Find_Completed_Jobs',
		filter: { workflowTitle: 'Pump Station Check' },
		idOf: (job) => ({ userId: job.userId }),
		write: 'Rename_User',
		change: (ctx) => ({ userId: first(ctx, 1).userId, name: 'Pump Station Lead' }),
		answer: (ctx) =>
			`User ffffffffffffffffffffffff does not exist. Job "${first(ctx, 1).jobTitle}" was run by user ${first(ctx, 1).userId}, now named Pump Station Lead.`,
	}),
};

/**
 * n8n's OpenAI credential pointing at a started scripted model server; the id is the one the
 * AI-agent examples use.
 */
function modelCredential(server) {
	return {
		id: 'ScriptedModel00001',
		name: 'Scripted model (sandbox)',
		type: 'openAiApi',
		data: { apiKey: server.apiKey, url: server.url },
	};
}

module.exports = { EXAMPLE_SCRIPTS, modelCredential };
