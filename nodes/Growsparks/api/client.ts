import type { VendorApi } from '../../shared/transport/types';
import { offsetPaging } from '../../shared/transport/pagination';

export const growsparksApi: VendorApi = {
	credentialType: 'growsparksApi',
	displayName: 'Growsparks',
	defaultBaseUrl: 'https://genapiv1.growsparks.com/rest/genapiv1/v1',
	baseUrlField: 'baseUrl',
	secretFields: ['apiKey'],
	// Every example in the reference sends a JSON content type, GET and DELETE included.
	defaultHeaders: { 'Content-Type': 'application/json', Accept: 'application/json' },
	adviceFor: (status) =>
		status === 401
			? 'The API key was refused. Open the Growsparks credential and paste a valid key (sent as a Bearer token).'
			: undefined,
};

/** offset/limit with a `HasMore` flag; 1000 is the API's largest page. */
export const growsparksPaging = offsetPaging({
	offsetParam: 'offset',
	limitParam: 'limit',
	pageSize: 1000,
	recordsPath: 'Items',
	hasMorePath: 'HasMore',
});
