// Shared by server and web without pulling the schema library into the web bundle.

/** Readable marker cookie (value "1") that exists while a session does; the web app reads it, the server never trusts it. */
export const INGELOGD_COOKIE = 'bv_ingelogd';
