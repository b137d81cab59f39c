import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import {
	requireEmail,
	requireId,
	requireIdList,
	requireIsoDate,
	requireJson,
	requireNumber,
	requireText,
} from '../../../nodes/shared/validation';
import { expandPath } from '../../../nodes/shared/transport/paths';

const node = {
	id: '1',
	name: 'Test',
	type: 'test',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as INode;

describe('input validation', () => {
	it('names the parameter and the expected form', () => {
		expect(() => requireId(node, 'User', '', { format: 'numeric' })).toThrow(
			'Parameter "User" is required and must be an ID; got nothing',
		);
		expect(() => requireId(node, 'User', '12a', { format: 'numeric' })).toThrow(
			'Parameter "User" must be a numeric ID such as 1234; got "12a"',
		);
		expect(() => requireId(node, 'User', '../x', { format: 'token' })).toThrow(NodeOperationError);
		expect(requireId(node, 'User', ' 42 ', { format: 'numeric' })).toBe('42');
		expect(requireId(node, 'User', 42, { format: 'numeric' })).toBe('42');
	});

	it('reads ID lists typed by hand or produced by an expression', () => {
		expect(requireIdList(node, 'User IDs', '1, 2;3 4', { format: 'numeric' })).toEqual([
			'1',
			'2',
			'3',
			'4',
		]);
		expect(requireIdList(node, 'User IDs', [5, '6', { id: 7 }], { format: 'numeric' })).toEqual([
			'5',
			'6',
			'7',
		]);
		expect(() => requireIdList(node, 'User IDs', ' , ', { format: 'numeric' })).toThrow(
			'Parameter "User IDs" needs at least one ID',
		);
		expect(() => requireIdList(node, 'User IDs', '1, x', { format: 'numeric' })).toThrow(
			'Parameter "User IDs" must be a numeric ID',
		);
	});

	it('accepts ISO 8601 dates and rejects anything else', () => {
		expect(requireIsoDate(node, 'Start', '2024-05-01').toISOString()).toBe(
			'2024-05-01T00:00:00.000Z',
		);
		expect(requireIsoDate(node, 'Start', '2024-05-01T09:30:00+0800').toISOString()).toBe(
			'2024-05-01T01:30:00.000Z',
		);
		expect(requireIsoDate(node, 'Start', '2024-05-01T09:30').toISOString()).toBe(
			'2024-05-01T09:30:00.000Z',
		);
		expect(() => requireIsoDate(node, 'Start', '01/05/2024')).toThrow(
			'Parameter "Start" must be an ISO 8601 date',
		);
		expect(() => requireIsoDate(node, 'Start', '2024-13-45')).toThrow(
			'Parameter "Start" must be a real calendar date',
		);
	});

	it('parses JSON and checks its shape', () => {
		expect(requireJson(node, 'Users', '[{"a":1}]', 'array')).toEqual([{ a: 1 }]);
		expect(() => requireJson(node, 'Users', '[{"a":1}', 'array')).toThrow(
			/Parameter "Users" must be valid JSON/,
		);
		expect(() => requireJson(node, 'Users', '{"a":1}', 'array')).toThrow(
			'Parameter "Users" must be a JSON array',
		);
		expect(() => requireJson(node, 'Body', '[]', 'object')).toThrow(
			'Parameter "Body" must be a JSON object',
		);
	});

	it('checks text length, numbers and emails', () => {
		expect(() => requireText(node, 'Name', 'x'.repeat(300), { maxLength: 255 })).toThrow(
			'Parameter "Name" must be at most 255 characters',
		);
		expect(() => requireNumber(node, 'Places', 'abc')).toThrow(
			'Parameter "Places" must be a number',
		);
		expect(() => requireNumber(node, 'Places', 0, { min: 1 })).toThrow(
			'Parameter "Places" must be at least 1',
		);
		expect(() => requireEmail(node, 'Email', 'not-an-email')).toThrow(
			'Parameter "Email" must be an email address',
		);
	});

	it('keeps every path parameter one encoded segment', () => {
		expect(expandPath('/user/{id}/x', { id: '../admin' })).toBe('/user/..%2Fadmin/x');
		expect(expandPath('/a/{id}', { id: 'a b?c#d' })).toBe('/a/a%20b%3Fc%23d');
		expect(() => expandPath('/a/{id}', { id: '' })).toThrow();
		expect(() => expandPath('/user/{id}', { id: '..' })).toThrow(/path step/);
		expect(() => expandPath('/user/{id}', { id: '.' })).toThrow(/path step/);
		expect(expandPath('/user/{id}', { id: '...' })).toBe('/user/...');
	});
});
