// The package version, injected by the build (esbuild `define`).
declare const __WIRECHECK_VERSION__: string;
export const VERSION: string = typeof __WIRECHECK_VERSION__ === 'string' ? __WIRECHECK_VERSION__ : '0.0.0-dev';
