/**
 * The one error model of Buurtveilig. Services throw {@link AppError}; the HTTP error handler turns it into an
 * RFC 9457 problem document (`application/problem+json`) and the CLI into a message and exit code.
 * Codes are stable: clients and tests may depend on them.
 */
export const ERROR_CODES = {
  validatie: { status: 400, title: 'De invoer is niet geldig' },
  ongeldige_url: { status: 400, title: 'Het adres (URL) is niet geldig' },
  ongeldige_json: { status: 400, title: 'De body is geen geldige JSON' },
  ongeldige_coordinaten: { status: 400, title: 'De coördinaten zijn niet geldig' },
  niet_ingelogd: { status: 401, title: 'U bent niet ingelogd' },
  inloggen_mislukt: { status: 401, title: 'E-mailadres of wachtwoord is onjuist' },
  geen_toegang: { status: 403, title: 'U heeft geen toegang tot deze gegevens of handeling' },
  csrf: { status: 403, title: 'Het beveiligingstoken ontbreekt of klopt niet' },
  niet_gevonden: { status: 404, title: 'Niet gevonden' },
  buiten_gemeente: { status: 404, title: 'Deze locatie ligt niet in de gemeente' },
  methode_niet_toegestaan: { status: 405, title: 'Deze methode is niet toegestaan' },
  conflict: { status: 409, title: 'Dit conflicteert met bestaande gegevens' },
  te_groot: { status: 413, title: 'De aanvraag is te groot' },
  url_te_lang: { status: 414, title: 'Een deel van het adres (URL) is te lang' },
  mediatype: { status: 415, title: 'Dit type inhoud wordt niet ondersteund' },
  te_veel_verzoeken: { status: 429, title: 'Te veel verzoeken; probeer het later opnieuw' },
  interne_fout: { status: 500, title: 'Er ging iets mis aan onze kant' },
  niet_beschikbaar: { status: 503, title: 'De dienst is tijdelijk niet beschikbaar' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The B1 refusal for a missing permission: no permission codes for the user to decipher. */
export const GEEN_RECHT = 'U mag dit niet doen of zien. Vraag uw beheerder om toegang.';

export interface FieldError {
  /** JSON pointer-ish path of the field, e.g. `/email` or `querystring/lat`. */
  veld: string;
  melding: string;
}

export class AppError extends Error {
  readonly status: number;
  readonly title: string;
  constructor(
    readonly code: ErrorCode,
    /** Human-readable explanation for this occurrence; never personal data, SQL or stack traces. */
    readonly detail?: string,
    readonly fouten?: FieldError[],
  ) {
    super(detail ?? ERROR_CODES[code].title);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
    this.title = ERROR_CODES[code].title;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Problem document body (RFC 9457) with our extension members `code`, `requestId` and `fouten`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ErrorCode;
  requestId?: string;
  fouten?: FieldError[];
}

export function problemFor(err: AppError, instance?: string, requestId?: string): Problem {
  return {
    type: `https://buurtveilig.nl/problemen/${err.code}`,
    title: err.title,
    status: err.status,
    ...(err.detail !== undefined && err.detail !== err.title ? { detail: err.detail } : {}),
    ...(instance !== undefined ? { instance } : {}),
    code: err.code,
    ...(requestId !== undefined ? { requestId } : {}),
    ...(err.fouten !== undefined ? { fouten: err.fouten } : {}),
  };
}
