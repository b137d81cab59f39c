/** Every text file of the repository, as paths relative to its root. */
export declare function repoFiles(): string[];
export declare function readRepoFile(relative: string): string;
export declare function repoFileExists(relative: string): boolean;
export declare function repoFileSize(relative: string): number;
/** The ESLint configuration the project's lint applies to a file (ESLint's --print-config). */
export declare function lintConfigFor(relative: string): { rules: Record<string, unknown> };
