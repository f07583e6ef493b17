import { Type } from 'typebox';
import { Body } from './common.ts';

// berichten: request and response schemas (the API contract shared with the web).


export const S = Type.String();

export const Code = Type.Object({ code: Type.String({ pattern: '^[a-z.]+$' }) });

export const Sjabloon = Type.Object({ code: S, naam: S, onderwerp: S, tekst: S, aangepast: Type.Boolean(), velden: Type.Array(S) });

export const Tekst = Body({ onderwerp: Type.String({ minLength: 1, maxLength: 300 }), tekst: Type.String({ minLength: 1, maxLength: 20000 }) });

