'use strict';

const { graphql, parse, validate, GraphQLError } = require('graphql');
const { json, text } = require('../../framework');
const { schema } = require('./schema');
const { rootValue } = require('./resolvers');
const { graphqlCsv } = require('../csv');

/*
 * GET /api/query/v2/graph?query=&variables=&operationName=  and  POST {query, variables, operationName}
 * (application/json; a raw application/graphql body is taken as the query). Auth runs before this
 * (?key= or Bearer, see auth.js). Parse/validation errors → 400 {errors}; execution errors → 200
 * {data, errors}. &csv=true → text/csv of the first root field, errors dropped.
 */
const first = (v) => (Array.isArray(v) ? v[0] : v);
const wantsCsv = (ctx) => String(first(ctx.query.csv) || '').toLowerCase() === 'true';

function requestOf(ctx) {
	if (ctx.method === 'GET') {
		let variables = first(ctx.query.variables);
		if (typeof variables === 'string' && variables !== '') {
			try {
				variables = JSON.parse(variables);
			} catch {
				return { error: 'variables must be URL-encoded JSON' };
			}
		}
		return {
			query: first(ctx.query.query),
			variables: variables || undefined,
			operationName: first(ctx.query.operationName),
		};
	}
	const body = ctx.body;
	if (typeof body === 'string') return { query: body };
	if (!body || typeof body !== 'object' || Array.isArray(body))
		return { error: 'POST body must be a JSON object {query, variables, operationName}' };
	let { variables } = body;
	if (typeof variables === 'string' && variables) {
		try {
			variables = JSON.parse(variables);
		} catch {
			return { error: 'variables must be a JSON object' };
		}
	}
	return {
		query: body.query,
		variables: variables || undefined,
		operationName: body.operationName || undefined,
	};
}

function respond(ctx, status, result) {
	if (wantsCsv(ctx))
		return text(status === 400 ? 200 : status, graphqlCsv(result), 'text/csv; charset=utf-8');
	return json(status, result);
}

async function handleGraphql(state, ctx) {
	const req = requestOf(ctx);
	if (req.error) return respond(ctx, 400, { errors: [{ message: req.error }] });
	if (typeof req.query !== 'string' || !req.query.trim())
		return respond(ctx, 400, { errors: [{ message: 'Must provide query string.' }] });
	let document;
	try {
		document = parse(req.query);
	} catch (err) {
		return respond(ctx, 400, {
			errors: [err instanceof GraphQLError ? err.toJSON() : { message: String(err.message) }],
		});
	}
	const validationErrors = validate(schema(), document);
	if (validationErrors.length)
		return respond(ctx, 400, { errors: validationErrors.map((e) => e.toJSON()) });
	const result = await graphql({
		schema: schema(),
		source: req.query,
		rootValue: rootValue(state),
		variableValues: req.variables,
		operationName: req.operationName,
	});
	const out = { data: result.data === undefined ? null : result.data };
	if (result.errors) out.errors = result.errors.map((e) => e.toJSON());
	return respond(ctx, 200, out);
}

module.exports = { handleGraphql };
