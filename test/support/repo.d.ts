/** Every text file of the repository, as paths relative to its root. */
export declare function repoFiles(): string[];
export declare function readRepoFile(relative: string): string;
export declare function repoFileExists(relative: string): boolean;
export declare function repoFileSize(relative: string): number;
