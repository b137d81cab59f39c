/** A service of the compose file, in the forms deploy/docker-compose.yml writes it. */
export interface ComposeService {
	image?: string;
	command?: string | string[];
	entrypoint?: string | string[];
	user?: string;
	restart?: string;
	environment?: Record<string, string | number | boolean | null>;
	ports?: Array<string | number>;
	/** Short syntax, `source:target[:ro|rw]`. */
	volumes?: string[];
	depends_on?: string[] | Record<string, { condition: string }>;
	healthcheck?: { test?: string | string[]; [key: string]: unknown };
	deploy?: { replicas?: number; [key: string]: unknown };
	[key: string]: unknown;
}

/** The compose file as a plain object, anchors and merge keys resolved. */
export interface ComposeFile {
	services: Record<string, ComposeService>;
	volumes?: Record<string, unknown>;
	[key: string]: unknown;
}

/** The compose file's path in the repository. */
export declare const COMPOSE_FILE: string;
/** The `$schema` of JSON Schema draft 2019-09. */
export declare const DRAFT_2019: string;

export declare function composeText(): string;
/** The compose file (or `text`) parsed as Compose reads it; YAML errors and warnings throw. */
export declare function parseCompose(text?: string): ComposeFile;
/** The anchors the mapping at `path` merges in with `<<: *name`, by name. */
export declare function mergedAnchors(path: string[], text?: string): string[];
/** The variables Compose interpolates: `${NAME...}` names and bare `$NAME` names. */
export declare function interpolated(compose?: unknown): { braced: string[]; bare: string[] };
/** deploy/.env.example: its assignments, and the names no comment in their paragraph explains. */
export declare function envExample(text?: string): {
	variables: Record<string, string>;
	uncommented: string[];
};
/**
 * The draft the schema (by default the Compose Specification's) declares, the keywords it uses,
 * where it uses one draft-07 reads otherwise (`pointer: keyword`), and where one neither draft
 * knows, so both ignore.
 */
export declare function schemaKeywords(schema?: object): {
	draft: string | undefined;
	used: string[];
	unsupported: string[];
	ignored: string[];
};
/** Validates a parsed compose file against the Compose Specification schema: its errors. */
export declare function validateCompose(compose: unknown): string[];
