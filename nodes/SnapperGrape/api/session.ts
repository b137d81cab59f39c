import type { IDataObject } from 'n8n-workflow';
import type { EndpointSpec } from '../../shared/declarations/types';
import { resolveBaseUrl } from '../../shared/transport/request';
import { snapperGrapeApi } from './client';
import { text } from './fields';

const forwardUrl = text('forwardUrl', 'forward_url', 'Forward URL', 'query', {
	description: 'Where Grape sends the browser afterwards',
});

export const sessionEndpoints: EndpointSpec[] = [
	{
		id: 'login',
		resource: 'session',
		operation: 'login',
		name: 'Log In',
		action: 'Log a user in',
		description:
			'Log a user in; the answer carries the session and the hash for browser single sign-on',
		notice:
			'The node logs in by itself through the credential. Use this to log in another user, e.g. to build their single-sign-on link.',
		method: 'POST',
		path: '/api/login',
		output: { kind: 'records', path: 'logins' },
		fields: [
			{ ...text('loginUserName', 'user_name', 'User Name', 'body'), required: true },
			{ ...text('loginPassword', 'password', 'Password', 'body'), required: true },
			{
				...text('forwardUrl', 'forward_url', 'Forward URL', 'body'),
				description: 'Relayed back for single sign-on',
			},
		],
		prepare: (request) => ({ ...request, body: { ...(request.body as IDataObject), login: 1 } }),
	},
	{
		id: 'validate',
		resource: 'session',
		operation: 'validateUrl',
		name: 'Build SSO URL',
		action: 'Build a single sign-on URL',
		description:
			'The /api/validate URL that signs a browser in with the hash from Log In (it redirects, so the node builds it rather than calling it)',
		method: 'GET',
		path: '/api/validate',
		output: { kind: 'object' },
		fields: [
			{ ...text('ssoUserName', 'user_name', 'User Name'), required: true },
			{ ...text('hash', 'hash', 'Hash'), required: true, description: 'The hash from Log In' },
			forwardUrl,
		],
		kind: 'offline',
		async answer(request) {
			const credentials = await this.getCredentials(snapperGrapeApi.credentialType);
			const url = new URL(
				`${resolveBaseUrl(credentials[snapperGrapeApi.baseUrlField], '')}${request.path}`,
			);
			for (const [key, value] of Object.entries(request.qs))
				url.searchParams.set(key, String(value));
			return [{ url: url.toString() }];
		},
	},
	{
		id: 'logout',
		resource: 'session',
		operation: 'logout',
		name: 'Log Out',
		action: 'Log out',
		description: 'End the session the credential uses (the node logs in again on its next call)',
		method: 'GET',
		path: '/api/logout',
		output: { kind: 'object' },
		fields: [forwardUrl],
	},
	{
		id: 'forgotPassword',
		resource: 'session',
		operation: 'forgotPassword',
		name: 'Forgot Password',
		action: 'Send a password reset',
		description: 'Start a password reset for a user',
		method: 'POST',
		path: '/api/forgot_password',
		output: { kind: 'object' },
		fields: [
			{
				...text('identification', 'identification', 'User', 'body'),
				required: true,
				description: 'User name, email or mobile number',
			},
		],
	},
];
