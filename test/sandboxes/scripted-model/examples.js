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

const EXAMPLE_SCRIPTS = {
	'scripted-damstra-learning': [
		{ call: [{ tool: 'Get_User', args: { userId: '999999' } }] },
		{ call: [{ tool: 'Find_Users', args: { search: 'Walsh' } }] },
		{ call: [{ tool: 'Get_User', args: (ctx) => ({ userId: String(first(ctx, 1).id) }) }] },
		{
			call: [
				{
					tool: 'Update_User_Mobile',
					args: (ctx) => ({ userId: String(first(ctx, 2).id), mobileNumber: '0400 123 456' }),
				},
			],
		},
		{
			answer: (ctx) => {
				const user = first(ctx, 3);
				return `User 999999 does not exist. I found ${ctx.results[1].data.length} user(s) matching Walsh and set the mobile number of ${user.firstName} ${user.lastName} (ID ${user.id}) to ${user.mobileNumber}.`;
			},
		},
	],
	'scripted-growsparks': [
		{
			call: [{ tool: 'Get_Person', args: { personId: 'G_00000000-0000-4000-8000-000000000000' } }],
		},
		{ call: [{ tool: 'Find_Persons', args: { filter: "LastName eq 'Peeters'" } }] },
		{ call: [{ tool: 'Get_Person', args: (ctx) => ({ personId: first(ctx, 1).ID }) }] },
		{
			call: [
				{
					tool: 'Create_Person',
					args: { firstName: 'Grace', lastName: 'Hopper', email: 'grace.hopper@example.com' },
				},
			],
		},
		{
			answer: (ctx) =>
				`That person ID does not exist. I looked up ${first(ctx, 2).FirstName} ${first(ctx, 2).LastName} and created Grace Hopper with ID ${first(ctx, 3).ID}.`,
		},
	],
	'scripted-flow-webinars': [
		{ call: [{ tool: 'Get_Event', args: { sessionToken: 'NoSuchSess9' } }] },
		{ call: [{ tool: 'Find_Events', args: { period: 'future' } }] },
		{ call: [{ tool: 'Get_Event', args: (ctx) => ({ sessionToken: first(ctx, 1).token }) }] },
		{
			call: [
				{
					tool: 'Register_Attendee',
					args: (ctx) => ({
						sessionToken: first(ctx, 2).token,
						email: 'grace.hopper@example.com',
						firstName: 'Grace',
						lastName: 'Hopper',
					}),
				},
			],
		},
		{
			answer: (ctx) =>
				`Session NoSuchSess9 does not exist. I registered Grace Hopper for "${first(ctx, 2).title}" (${first(ctx, 2).token}).`,
		},
	],
	'scripted-snapper-grape': [
		{ call: [{ tool: 'Get_Person', args: { userName: 'no.such.person' } }] },
		{ call: [{ tool: 'Find_Persons', args: { organisationId: '103' } }] },
		{ call: [{ tool: 'Get_Person', args: (ctx) => ({ userName: first(ctx, 1).user_name }) }] },
		{
			call: [
				{
					tool: 'Update_Person_Mobile',
					args: (ctx) => ({ userName: first(ctx, 2).user_name, mobile: '+47 400 00 000' }),
				},
			],
		},
		{
			answer: (ctx) =>
				`Person no.such.person does not exist. I set the mobile number of ${first(ctx, 2).firstname} ${first(ctx, 2).lastname} (${first(ctx, 2).user_name}) to +47 400 00 000.`,
		},
	],
	'scripted-onsight-flow': [
		{ call: [{ tool: 'Get_User', args: { userId: 'ffffffffffffffffffffffff' } }] },
		{ call: [{ tool: 'Find_Completed_Jobs', args: { workflowTitle: 'Pump Station Check' } }] },
		{ call: [{ tool: 'Get_User', args: (ctx) => ({ userId: first(ctx, 1).userId }) }] },
		{
			call: [
				{
					tool: 'Rename_User',
					args: (ctx) => ({ userId: first(ctx, 1).userId, name: 'Pump Station Lead' }),
				},
			],
		},
		{
			answer: (ctx) =>
				`User ffffffffffffffffffffffff does not exist. Job "${first(ctx, 1).jobTitle}" was run by user ${first(ctx, 1).userId}, now named Pump Station Lead.`,
		},
	],
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
