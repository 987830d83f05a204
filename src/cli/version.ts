import packageJson from '../../package.json';

/** The package's version, read from package.json when the bundle is made. */
export const version: string = packageJson.version;
