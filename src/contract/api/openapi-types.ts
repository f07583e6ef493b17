// Generated from docs/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status van de dienst en de database */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            database: "pglite" | "postgresql";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Instellingen voor de webapp (openbaar) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gemeente: {
                                code: string;
                                naam: string;
                            };
                            kaart: {
                                centrum: number[];
                                zoom: number;
                                tileUrl: string | null;
                                tileAttributie: string | null;
                            };
                            demo: boolean;
                            demoAccounts: {
                                email: string;
                                rol: string;
                            }[];
                            demoWachtwoord: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Huidige sessie */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gebruiker: components["schemas"]["def-1"];
                            /** @description Meesturen als X-CSRF-Token bij elke POST, PUT, PATCH en DELETE */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Inloggen
         * @description Start een sessie (cookie bv_sessie). Het antwoord bevat het CSRF-token voor x-csrf-token.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Inloggegevens */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description E-mailadres */
                        email: string;
                        /** @description Wachtwoord */
                        wachtwoord: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gebruiker: components["schemas"]["def-1"];
                            /** @description Meesturen als X-CSRF-Token bij elke POST, PUT, PATCH en DELETE */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** Uitloggen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gebruikers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle gebruikers (beheer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-1"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Gebruiker aanmaken (beheer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        naam: string;
                        wachtwoord: string;
                        rollen: string[];
                        /** @description Code van de organisatie */
                        organisatie: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-1"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gebruikers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Gebruiker wijzigen (beheer): rollen, of uit- en weer aanzetten
         * @description Uitzetten beëindigt direct alle sessies van de gebruiker. Uzelf uitzetten of het gebruikersbeheer afnemen kan niet.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description false: de gebruiker kan niet meer inloggen en zijn sessies vervallen */
                        actief?: boolean;
                        rollen?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-1"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/organisaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisaties */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            naam: string;
                            soort: string;
                            actief: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rollen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rollen en hun permissies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            naam: string;
                            omschrijving: string;
                            permissies: string[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verwerkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Doorzoek de verwerkingenlog (beheerder, FG) */
        get: {
            parameters: {
                query: {
                    actorId?: string;
                    organisatieId?: string;
                    actie?: string;
                    objectType?: string;
                    objectId?: string;
                    doel?: string;
                    persoonsgegevens?: boolean;
                    /** @description Vanaf (inclusief), ISO 8601 */
                    van?: string;
                    /** @description Tot (exclusief), ISO 8601 */
                    tot?: string;
                    /** @description Vrij zoeken in actor, actie, object en details */
                    tekst?: string;
                    limit: number;
                    offset: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            totaal: number;
                            items: {
                                volgnummer: number;
                                /** Format: date-time */
                                tijdstip: string;
                                actorId: string | null;
                                /** @description Wie: gebruiker, "systeem" of "anoniem" */
                                actor: string;
                                organisatieId: string | null;
                                organisatie: string | null;
                                actie: string;
                                objectType: string;
                                objectId: string | null;
                                /** @description Doelbinding */
                                doel: string;
                                persoonsgegevens: boolean;
                                requestId: string | null;
                                /** @description Gegevens per soort actie (aantallen, codes); nooit vrije tekst van inwoners */
                                details: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verwerkingen/controle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Controleer de hashketen van de verwerkingenlog */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            intact: boolean;
                            aantal: number;
                            kop: {
                                volgnummer: number;
                                hash: string;
                            };
                            fout?: {
                                volgnummer: number;
                                reden: string;
                            };
                            ankers?: {
                                /** @description ondertekende ankers (checkpoints) buiten de database */
                                aantal: number;
                                laatste: {
                                    volgnummer: number;
                                    tijdstip: string;
                                } | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gebieden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gebieden van één niveau als GeoJSON FeatureCollection (WGS84) */
        get: {
            parameters: {
                query: {
                    niveau: "gemeente" | "wijk" | "buurt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            features: {
                                /** @enum {string} */
                                type: "Feature";
                                id: string;
                                properties: {
                                    /** @description CBS-code, bijv. BU09350000 */
                                    code: string;
                                    naam: string;
                                    niveau: string;
                                    jaar: number;
                                    ouder: {
                                        code: string;
                                        naam: string;
                                        niveau: string;
                                    } | null;
                                    bron: string;
                                };
                                /** @description GeoJSON Polygon of MultiPolygon in WGS84, of null */
                                geometry: {
                                    /** @enum {string} */
                                    type: "Polygon";
                                    coordinates: number[][][];
                                } | {
                                    /** @enum {string} */
                                    type: "MultiPolygon";
                                    coordinates: number[][][][];
                                } | (never | null);
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gebieden/zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * In welke buurt en wijk ligt een punt?
         * @description Geef lon en lat (WGS84, graden) of x en y (RD New, EPSG:28992, meters).
         */
        get: {
            parameters: {
                query?: {
                    lon?: number;
                    lat?: number;
                    x?: number;
                    y?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buurt: {
                                code: string;
                                naam: string;
                            };
                            wijk: {
                                code: string;
                                naam: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/gebieden/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén gebied als GeoJSON Feature */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "Feature";
                            id: string;
                            properties: {
                                /** @description CBS-code, bijv. BU09350000 */
                                code: string;
                                naam: string;
                                niveau: string;
                                jaar: number;
                                ouder: {
                                    code: string;
                                    naam: string;
                                    niveau: string;
                                } | null;
                                bron: string;
                            };
                            /** @description GeoJSON Polygon of MultiPolygon in WGS84, of null */
                            geometry: {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            } | (never | null);
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/berichten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Uitgaande berichten; status=dood toont wat definitief niet aankwam */
        get: {
            parameters: {
                query: {
                    status?: "wachtend" | "verzonden" | "dood";
                    limit: number;
                    /** @description Verouderd: gebruik cursor */
                    offset: number;
                    /** @description De "volgende" van de vorige pagina; zonder cursor de eerste pagina */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            totaal: number;
                            /** @description Cursor voor de volgende pagina; null op de laatste pagina */
                            volgende: string | null;
                            items: {
                                id: string;
                                kanaal: string;
                                /** @description gemaskeerd: e-mail als j…@domein, webhook als alleen de origin */
                                ontvanger: string;
                                onderwerp: string;
                                sjabloon: string;
                                bron: string;
                                status: string;
                                pogingen: number;
                                volgendePoging: string | null;
                                laatsteFout: string | null;
                                aangemaaktOp: string;
                                verzondenOp: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/berichten/{id}/opnieuw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een definitief mislukt bericht opnieuw versturen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sjablonen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Berichtsjablonen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            naam: string;
                            onderwerp: string;
                            tekst: string;
                            aangepast: boolean;
                            velden: string[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sjablonen/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sjabloon aanpassen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        onderwerp: string;
                        tekst: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            naam: string;
                            onderwerp: string;
                            tekst: string;
                            aangepast: boolean;
                            velden: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sjablonen/{code}/voorbeeld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voorbeeld van een (concept)sjabloon met voorbeeldgegevens */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        onderwerp: string;
                        tekst: string;
                    } | Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            onderwerp: string;
                            tekst: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/categorieen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categorieën voor het meldformulier (openbaar) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            naam: string;
                            sub: {
                                code: string;
                                naam: string;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/statussen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De statussen van een melding (configuratie van de gemeente) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            naam: string;
                            /** @description een eindstatus */
                            eind: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werklijst meldingen: nieuwe (nog niet beoordeelde) bovenaan, nieuwste eerst; daarna op termijn (te late eerst) */
        get: {
            parameters: {
                query: {
                    status?: string[];
                    /** @description een teamcode, of 'mijn': de teams van mijn organisatie */
                    team?: string;
                    /** @description alleen meldingen die nog niet in een eindstatus zijn (de standaard van de werklijst) */
                    open?: boolean;
                    /** @description 'ik', 'niemand' of een gebruikers-id */
                    behandelaar?: "ik" | "niemand" | string;
                    categorie?: string;
                    buurt?: string;
                    wijk?: string;
                    achterstallig?: boolean;
                    /** @description zoekt in het nummer en in de tekst van de melding */
                    zoek?: string;
                    limit: number;
                    /** @description Verouderd: gebruik cursor */
                    offset: number;
                    /** @description De "volgende" van de vorige pagina; zonder cursor de eerste pagina */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            totaal: number;
                            /** @description aantal per status onder hetzelfde filter, zonder het statusfilter */
                            perStatus: {
                                [key: string]: number;
                            };
                            items: {
                                id: string;
                                referentie: string;
                                status: string;
                                statusNaam: string;
                                categorie: string;
                                subcategorie: string | null;
                                kanaal: string;
                                buurt: {
                                    code: string;
                                    naam: string | null;
                                } | null;
                                team: string;
                                /** Format: date-time */
                                ingediendOp: string;
                                /** Format: date */
                                deadline: string;
                                achterstallig: boolean;
                                hoofdmeldingId: string | null;
                                koppeling: string | null;
                                heeftContact: boolean;
                                behandelaar: {
                                    id: string;
                                    naam: string | null;
                                } | null;
                                locatie: {
                                    lon: number;
                                    lat: number;
                                } | null;
                            }[];
                            /** @description Cursor voor de volgende pagina; null op de laatste pagina */
                            volgende: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Een melding doen (openbaar; medewerkers en partners ook)
         * @description Zonder inlog: kanaal web. Met een sessie en de permissie meldingen:beoordelen: kanaal telefoon of balie. Met `Authorization: Bearer <sleutel>` van een partnerorganisatie: kanaal partner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Wat is er aan de hand? */
                        omschrijving: string;
                        /** @description Hoofdcategorie; zonder: de gesuggereerde */
                        categorie?: string;
                        subcategorie?: string;
                        /** @description null = geen locatie */
                        locatie?: {
                            lon: number;
                            lat: number;
                        } | (never | null);
                        adres?: string;
                        contact?: {
                            naam?: string;
                            email?: string;
                            telefoon?: string;
                            /** @description De melder wil dat we contact opnemen */
                            toestemming: boolean;
                        };
                        /** @description Alleen voor medewerkers: intake per telefoon of balie */
                        kanaal?: "telefoon" | "balie";
                        fotos?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            referentie: string;
                            statusUrl: string;
                            mogelijkDubbel: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/classificeer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stel een categorie voor bij een tekst (openbaar) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tekst: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggesties: {
                                categorie: string;
                                score: number;
                            }[];
                            verklaring: {
                                woord: string;
                                categorie: string;
                                gewicht: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/in-de-buurt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aantal open meldingen van dezelfde soort in de buurt van een punt (openbaar; per buurt, nooit een afstand of plek) */
        get: {
            parameters: {
                query: {
                    lon: number;
                    lat: number;
                    categorie: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gebied: {
                                code: string;
                                naam: string;
                            };
                            categorie: string;
                            /** @description false voor gevoelige soorten: dan tonen we niets */
                            beschikbaar: boolean;
                            /** @description open meldingen van deze soort in deze buurt */
                            aantal: number | null;
                            /** @description over de laatste zoveel dagen */
                            dagen: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/status/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voortgang voor de melder (geheime link) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            referentie: string;
                            status: string;
                            statusNaam: string;
                            categorie: string;
                            ingediendOp: string;
                            afgerond: boolean;
                            /** @description Bij afronding: de uitleg die de melder ook per e-mail kreeg */
                            uitkomst: string | null;
                            verloop: {
                                tijdstip: string;
                                status: string;
                                statusNaam: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/status/{token}/reactie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactie van de melder na afhandeling: tevreden? opnieuw bekijken? */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tevreden: boolean;
                        toelichting?: string;
                        /** @default false */
                        heropenen: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werklijst meldingen als CSV of XLSX (zelfde filter en volgorde; zonder contactgegevens) */
        get: {
            parameters: {
                query: {
                    status?: string[];
                    /** @description een teamcode, of 'mijn': de teams van mijn organisatie */
                    team?: string;
                    /** @description alleen meldingen die nog niet in een eindstatus zijn (de standaard van de werklijst) */
                    open?: boolean;
                    /** @description 'ik', 'niemand' of een gebruikers-id */
                    behandelaar?: "ik" | "niemand" | string;
                    categorie?: string;
                    buurt?: string;
                    wijk?: string;
                    achterstallig?: boolean;
                    /** @description zoekt in het nummer en in de tekst van de melding */
                    zoek?: string;
                    formaat: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (puntkomma, UTF-8 met BOM) of XLSX */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams waar meldingen naartoe kunnen (uit de gemeenteconfiguratie) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            naam: string;
                            organisatie: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/behandelaars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Medewerkers aan wie meldingen kunnen worden toegewezen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            naam: string;
                            organisatie: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/toewijzen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Meldingen (in bulk) toewijzen aan een team en/of behandelaar; alles of niets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        team?: string;
                        /**
                         * Format: uuid
                         * @description null = niemand
                         */
                        behandelaarId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gewijzigd: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén melding met verloop (contactgegevens apart, met doel) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            referentie: string;
                            status: string;
                            statusNaam: string;
                            categorie: string;
                            subcategorie: string | null;
                            kanaal: string;
                            buurt: {
                                code: string;
                                naam: string | null;
                            } | null;
                            team: string;
                            /** Format: date-time */
                            ingediendOp: string;
                            /** Format: date */
                            deadline: string;
                            achterstallig: boolean;
                            hoofdmeldingId: string | null;
                            koppeling: string | null;
                            heeftContact: boolean;
                            behandelaar: {
                                id: string;
                                naam: string | null;
                            } | null;
                            locatie: {
                                lon: number;
                                lat: number;
                            } | null;
                        } & {
                            omschrijving: string;
                            /** @description wat het systeem voorstelde bij binnenkomst */
                            suggestie: {
                                categorie: string;
                                score: number;
                            } | null;
                            /** @description wat de melder zelf koos; null: "weet ik niet" (of onbekend bij oudere meldingen) */
                            categorieMelder: string | null;
                            locatie: {
                                lon: number;
                                lat: number;
                            } | null;
                            adres: string | null;
                            wijkCode: string | null;
                            routeringsregel: string;
                            /** @description De gegevens zelf: POST /api/meldingen/{id}/contact */
                            contact: {
                                /** @description de melder heeft contactgegevens achtergelaten */
                                bekend: boolean;
                                toestemming: boolean;
                                /** @description u hoort bij het behandelende team en mag ze (met doel) inzien */
                                magInzien: boolean;
                            };
                            gebeurtenissen: {
                                tijdstip: string;
                                soort: string;
                                van: string | null;
                                naar: string | null;
                                reden: string | null;
                                door: string;
                            }[];
                            toegestaneOvergangen: {
                                naar: string;
                                naam: string;
                                redenVerplicht: boolean;
                            }[];
                            fotos: {
                                id: string;
                                breedte: number;
                                hoogte: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Contactgegevens van de melder (alleen het behandelende team, met doel; gelogd) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Waarvoor u de gegevens nodig hebt */
                        doel: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            naam: string | null;
                            email: string | null;
                            telefoon: string | null;
                            toestemming: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/{id}/fotos/{fotoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Foto bij een melding (JPEG, zonder metadata) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fotoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description de foto (JPEG, zonder metadata) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Status wijzigen (volgens de toegestane overgangen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        naar: string;
                        reden?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/{id}/categorie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Categorie corrigeren (de suggestie leert hiervan) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categorie: string;
                        subcategorie?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/{id}/koppeling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Koppelen aan een hoofdmelding (dubbele melding bevestigen) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        hoofdmeldingId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        /** Ontkoppelen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meldingen/routering/simulatie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Simuleer een nieuwe set routeringsregels op alle bestaande meldingen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        regels: {
                            naam: string;
                            categorie: string;
                            subcategorie?: string;
                            wijk?: string;
                            buurt?: string;
                            uurVan?: number;
                            uurTot?: number;
                            team: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bekeken: number;
                            gewijzigd: number;
                            wijzigingen: {
                                id: string;
                                referentie: string;
                                categorie: string;
                                huidigTeam: string;
                                nieuwTeam: string;
                                regel: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casustypen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catalogus: zaaktypen met statussen en resultaten, dossiersoorten, besluittypen, taakuitkomsten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            zaaktypen: {
                                code: string;
                                naam: string;
                                omschrijving: string;
                                statussen: {
                                    code: string;
                                    naam: string;
                                    eind: boolean;
                                }[];
                                resultaattypen: {
                                    code: string;
                                    naam: string;
                                    archiefnominatie: string;
                                    bewaartermijn: string;
                                }[];
                            }[];
                            dossiersoorten: {
                                code: string;
                                naam: string;
                            }[];
                            besluittypen: {
                                code: string;
                                naam: string;
                                orgaan: string;
                                zienswijzeDagen: number;
                                bezwaarWeken: number;
                                begunstigingstermijn: boolean;
                            }[];
                            taakuitkomsten: {
                                code: string;
                                naam: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werklijst casussen (alleen waarvan u of uw organisatie lid is); achterstallige eerst */
        get: {
            parameters: {
                query: {
                    status?: string;
                    zaaktype?: string;
                    /** @description alleen casussen waarvan ik casushouder ben */
                    mijn?: boolean;
                    /** @description alleen lopende casussen (nog niet afgesloten) */
                    open?: boolean;
                    /** @description alleen casussen waarin deze melding is opgenomen (en die u mag zien) */
                    melding?: string;
                    achterstallig?: boolean;
                    limit: number;
                    /** @description Verouderd: gebruik cursor */
                    offset: number;
                    /** @description De "volgende" van de vorige pagina; zonder cursor de eerste pagina */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            totaal: number;
                            items: {
                                id: string;
                                identificatie: string;
                                zaaktype: string;
                                zaaktypeNaam: string;
                                status: string;
                                statusNaam: string;
                                omschrijving: string;
                                buurtCode: string | null;
                                startdatum: string;
                                streefdatum: string;
                                einddatum: string | null;
                                achterstallig: boolean;
                                opgeschort: boolean;
                                casushouder: string | null;
                            }[];
                            /** @description Cursor voor de volgende pagina; null op de laatste pagina */
                            volgende: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Casus aanmaken, eventueel uit meldingen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        zaaktype: string;
                        omschrijving: string;
                        /** @default [] */
                        meldingIds: string[];
                        buurtCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            identificatie: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werklijst casussen als CSV of XLSX (zelfde filter; zonder personen of dossier) */
        get: {
            parameters: {
                query: {
                    status?: string;
                    zaaktype?: string;
                    /** @description alleen casussen waarvan ik casushouder ben */
                    mijn?: boolean;
                    /** @description alleen lopende casussen (nog niet afgesloten) */
                    open?: boolean;
                    /** @description alleen casussen waarin deze melding is opgenomen (en die u mag zien) */
                    melding?: string;
                    achterstallig?: boolean;
                    formaat: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (puntkomma, UTF-8 met BOM) of XLSX */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén casus met dossier (need-to-know) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            identificatie: string;
                            zaaktype: string;
                            zaaktypeNaam: string;
                            status: string;
                            statusNaam: string;
                            omschrijving: string;
                            buurtCode: string | null;
                            startdatum: string;
                            streefdatum: string;
                            einddatum: string | null;
                            achterstallig: boolean;
                            opgeschort: boolean;
                            casushouder: string | null;
                            /** @description partner: kop, de voor leden of de eigen organisatie zichtbare regels en eigen taken */
                            toegang: "volledig" | "partner";
                            /** @description beëindigd lidmaatschap binnen het leesvenster, of break-glass */
                            alleenLezen: boolean;
                            /** @description ingezien via break-glass (gelogd en gemeld aan de FG) */
                            doorbraak: boolean;
                            /**
                             * Format: date-time
                             * @description einde van het lidmaatschap: wat daarna is vastgelegd is niet zichtbaar
                             */
                            lidTot: string | null;
                            vertrouwelijkheid: string;
                            doel: string;
                            resultaat: string | null;
                            archiefnominatie: string | null;
                            archiefactiedatum: string | null;
                            opgeschortSinds: string | null;
                            leden: {
                                id: string;
                                rol: string;
                                gebruikerId: string | null;
                                naam: string;
                                organisatie: string | null;
                                /** Format: date-time */
                                van: string;
                                /**
                                 * Format: date-time
                                 * @description einde van het lidmaatschap
                                 */
                                tot: string | null;
                                eindeReden: string | null;
                            }[];
                            dossier: {
                                id: number;
                                tijdstip: string;
                                soort: string;
                                titel: string;
                                tekst: string | null;
                                zichtbaarheid: {
                                    /** @description intern: alleen het eigen team; leden: alle leden, ook partners; organisatie: team + één organisatie; rol: alleen leden met die rol */
                                    soort: "intern" | "leden" | "organisatie" | "rol";
                                    /** @description organisatiecode (organisatie) of rolcode (rol) */
                                    voor: string | null;
                                };
                                door: string;
                            }[];
                            besluiten: {
                                id: string;
                                besluittype: string;
                                naam: string;
                                datum: string;
                                ingangsdatum: string;
                                zienswijzeTot: string | null;
                                bezwaarTot: string | null;
                                begunstigingstermijnTot: string | null;
                                toelichting: string;
                            }[];
                            taken: {
                                id: string;
                                zaakId: string | null;
                                zaak: string | null;
                                organisatie: string;
                                organisatieNaam: string;
                                titel: string;
                                omschrijving: string;
                                status: string;
                                reden: string | null;
                                uitkomst: string | null;
                                toelichting: string | null;
                                deadline: string;
                                aangemaaktOp: string;
                            }[];
                            meldingen: {
                                id: string;
                                referentie: string;
                                categorie: string;
                                categorieNaam: string;
                                status: string;
                                statusNaam: string;
                            }[];
                            betrokkenen: {
                                id: string;
                                rol: string;
                                naam: string | null;
                                adres: string | null;
                                doel: string;
                            }[];
                            volgendeStappen: {
                                naar: string;
                                naam: string;
                                /** @description de eindstatus: die stap zet u met afsluiten (met een resultaat) */
                                eind: boolean;
                                ontbreekt: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Volgende stap; geweigerd (409) zolang het vereiste bewijs ontbreekt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        naar: string;
                        reden?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}/afsluiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Afsluiten met een resultaat; de archiefactiedatum volgt uit het resultaattype */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resultaat: string;
                        toelichting: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            einddatum: string;
                            archiefnominatie: string;
                            archiefactiedatum: string;
                            /** @description meldingen die met de uitkomst naar hun eindstatus gingen (de melder krijgt bericht) */
                            meldingenAfgesloten: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}/dossier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dossierregel toevoegen (notitie, logboek, waarneming, gesprek, …) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        soort: string;
                        titel: string;
                        tekst?: string;
                        zichtbaarheid?: {
                            /** @description intern: alleen het eigen team; leden: alle leden, ook partners; organisatie: team + één organisatie; rol: alleen leden met die rol */
                            soort: "intern" | "leden" | "organisatie" | "rol";
                            /** @description organisatiecode of rolcode */
                            voor?: string;
                        };
                        vertrouwelijkheid?: "openbaar" | "beperkt_openbaar" | "intern" | "zaakvertrouwelijk" | "vertrouwelijk" | "confidentieel" | "geheim" | "zeer_geheim";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}/betrokkenen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Persoon of adres koppelen (minimale gegevens, met doel) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rol: "overlastgever" | "melder" | "slachtoffer" | "verhuurder" | "bewoner" | "betrokkene";
                        naam?: string;
                        adres?: string;
                        /** @description Waarvoor deze gegevens nodig zijn */
                        doel: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}/leden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lid toevoegen: een gebruiker (casushouder of lid) of een organisatie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        gebruikerId?: string;
                        organisatie?: string;
                        rol: "casushouder" | "lid" | "partner";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}/leden/{lidId}/beeindigen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lidmaatschap beëindigen: het lid ziet niets meer dat daarna wordt vastgelegd */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lidId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reden: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}/doorbreken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Break-glass: een casus zonder lidmaatschap inzien (alleen lezen, met reden, gelogd voor de FG) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reden: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            identificatie: string;
                            zaaktype: string;
                            zaaktypeNaam: string;
                            status: string;
                            statusNaam: string;
                            omschrijving: string;
                            buurtCode: string | null;
                            startdatum: string;
                            streefdatum: string;
                            einddatum: string | null;
                            achterstallig: boolean;
                            opgeschort: boolean;
                            casushouder: string | null;
                            /** @description partner: kop, de voor leden of de eigen organisatie zichtbare regels en eigen taken */
                            toegang: "volledig" | "partner";
                            /** @description beëindigd lidmaatschap binnen het leesvenster, of break-glass */
                            alleenLezen: boolean;
                            /** @description ingezien via break-glass (gelogd en gemeld aan de FG) */
                            doorbraak: boolean;
                            /**
                             * Format: date-time
                             * @description einde van het lidmaatschap: wat daarna is vastgelegd is niet zichtbaar
                             */
                            lidTot: string | null;
                            vertrouwelijkheid: string;
                            doel: string;
                            resultaat: string | null;
                            archiefnominatie: string | null;
                            archiefactiedatum: string | null;
                            opgeschortSinds: string | null;
                            leden: {
                                id: string;
                                rol: string;
                                gebruikerId: string | null;
                                naam: string;
                                organisatie: string | null;
                                /** Format: date-time */
                                van: string;
                                /**
                                 * Format: date-time
                                 * @description einde van het lidmaatschap
                                 */
                                tot: string | null;
                                eindeReden: string | null;
                            }[];
                            dossier: {
                                id: number;
                                tijdstip: string;
                                soort: string;
                                titel: string;
                                tekst: string | null;
                                zichtbaarheid: {
                                    /** @description intern: alleen het eigen team; leden: alle leden, ook partners; organisatie: team + één organisatie; rol: alleen leden met die rol */
                                    soort: "intern" | "leden" | "organisatie" | "rol";
                                    /** @description organisatiecode (organisatie) of rolcode (rol) */
                                    voor: string | null;
                                };
                                door: string;
                            }[];
                            besluiten: {
                                id: string;
                                besluittype: string;
                                naam: string;
                                datum: string;
                                ingangsdatum: string;
                                zienswijzeTot: string | null;
                                bezwaarTot: string | null;
                                begunstigingstermijnTot: string | null;
                                toelichting: string;
                            }[];
                            taken: {
                                id: string;
                                zaakId: string | null;
                                zaak: string | null;
                                organisatie: string;
                                organisatieNaam: string;
                                titel: string;
                                omschrijving: string;
                                status: string;
                                reden: string | null;
                                uitkomst: string | null;
                                toelichting: string | null;
                                deadline: string;
                                aangemaaktOp: string;
                            }[];
                            meldingen: {
                                id: string;
                                referentie: string;
                                categorie: string;
                                categorieNaam: string;
                                status: string;
                                statusNaam: string;
                            }[];
                            betrokkenen: {
                                id: string;
                                rol: string;
                                naam: string | null;
                                adres: string | null;
                                doel: string;
                            }[];
                            volgendeStappen: {
                                naar: string;
                                naam: string;
                                /** @description de eindstatus: die stap zet u met afsluiten (met een resultaat) */
                                eind: boolean;
                                ontbreekt: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}/opschorten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Opschorten (de klok stopt) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reden?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}/hervatten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hervatten (de streefdatum schuift op) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reden?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}/besluiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Besluit vastleggen; zienswijze-, bezwaar- en begunstigingstermijn worden berekend */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        besluittype: string;
                        /**
                         * Format: date
                         * @description Datum, JJJJ-MM-DD
                         */
                        datum: string;
                        /**
                         * Format: date
                         * @description Datum, JJJJ-MM-DD
                         */
                        ingangsdatum?: string;
                        toelichting: string;
                        begunstigingstermijnDagen?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            besluittype: string;
                            naam: string;
                            datum: string;
                            ingangsdatum: string;
                            zienswijzeTot: string | null;
                            bezwaarTot: string | null;
                            begunstigingstermijnTot: string | null;
                            toelichting: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/casussen/{id}/taken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Doorverwijzen: een taak voor een partnerorganisatie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        organisatie: string;
                        titel: string;
                        omschrijving: string;
                        termijnWerkdagen?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            zaakId: string | null;
                            zaak: string | null;
                            organisatie: string;
                            organisatieNaam: string;
                            titel: string;
                            omschrijving: string;
                            status: string;
                            reden: string | null;
                            uitkomst: string | null;
                            toelichting: string | null;
                            deadline: string;
                            aangemaaktOp: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Taken van mijn organisatie (partners) */
        get: {
            parameters: {
                query?: {
                    status?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            zaakId: string | null;
                            zaak: string | null;
                            organisatie: string;
                            organisatieNaam: string;
                            titel: string;
                            omschrijving: string;
                            status: string;
                            reden: string | null;
                            uitkomst: string | null;
                            toelichting: string | null;
                            deadline: string;
                            aangemaaktOp: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taken/{id}/accepteren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Taak accepteren */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            zaakId: string | null;
                            zaak: string | null;
                            organisatie: string;
                            organisatieNaam: string;
                            titel: string;
                            omschrijving: string;
                            status: string;
                            reden: string | null;
                            uitkomst: string | null;
                            toelichting: string | null;
                            deadline: string;
                            aangemaaktOp: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taken/{id}/weigeren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Taak weigeren */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reden: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            zaakId: string | null;
                            zaak: string | null;
                            organisatie: string;
                            organisatieNaam: string;
                            titel: string;
                            omschrijving: string;
                            status: string;
                            reden: string | null;
                            uitkomst: string | null;
                            toelichting: string | null;
                            deadline: string;
                            aangemaaktOp: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taken/{id}/afronden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Taak afronden */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        uitkomst: string;
                        /** @default  */
                        toelichting: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            zaakId: string | null;
                            zaak: string | null;
                            organisatie: string;
                            organisatieNaam: string;
                            titel: string;
                            omschrijving: string;
                            status: string;
                            reden: string | null;
                            uitkomst: string | null;
                            toelichting: string | null;
                            deadline: string;
                            aangemaaktOp: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn bewaarde filters voor een werklijst */
        get: {
            parameters: {
                query: {
                    lijst: "meldingen" | "casussen";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            naam: string;
                            filter: {
                                status?: string | string[];
                                team?: string;
                                behandelaar?: string;
                                categorie?: string;
                                buurt?: string;
                                wijk?: string;
                                achterstallig?: boolean;
                                open?: boolean;
                                zoek?: string;
                                zaaktype?: string;
                                mijn?: boolean;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Filter bewaren onder een naam (dezelfde naam vervangt het oude filter) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lijst: "meldingen" | "casussen";
                        naam: string;
                        filter: {
                            status?: string | string[];
                            team?: string;
                            behandelaar?: string;
                            categorie?: string;
                            buurt?: string;
                            wijk?: string;
                            achterstallig?: boolean;
                            open?: boolean;
                            zoek?: string;
                            zaaktype?: string;
                            mijn?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/filters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Bewaard filter verwijderen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adressen/zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Adres of buurt zoeken voor het meldformulier (openbaar)
         * @description Eigen adreslijst (BAG-extract), de PDOK Locatieserver als die is ingesteld, en buurtnamen (CBS).
         */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            resultaten: {
                                soort: "adres" | "buurt";
                                weergave: string;
                                lon: number;
                                lat: number;
                                buurtCode: string | null;
                                bron: "lokaal" | "pdok" | "cbs";
                            }[];
                            waarschuwing: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/adressen/plek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Naam van een plek op de kaart: dichtstbijzijnde adres en de buurt (openbaar)
         * @description Voor een klik op de kaart of "gebruik mijn locatie": het adres binnen 40 meter (PDOK Locatieserver reverse, anders de eigen adreslijst) en de buurt. Een plek buiten de gemeente geeft 400.
         */
        get: {
            parameters: {
                query: {
                    lon: number;
                    lat: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adres: string | null;
                            buurt: {
                                code: string;
                                naam: string;
                            } | null;
                            bron: "lokaal" | "pdok" | (never | null);
                            waarschuwing: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enquete/vragenlijst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De vragenlijst (als data) van de gemeente */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            versie: number;
                            naam: string;
                            inleiding: string;
                            minimumRespondenten: number;
                            leeftijdsgroepen: string[];
                            geslachten: string[];
                            vragen: {
                                code: string;
                                tekst: string;
                                soort: "keuze" | "cijfer";
                                antwoorden?: {
                                    code: string;
                                    tekst: string;
                                }[];
                                min?: number;
                                max?: number;
                                schatting: {
                                    /** @enum {string} */
                                    soort: "aandeel";
                                    antwoorden: string[];
                                } | {
                                    /** @enum {string} */
                                    soort: "gemiddelde";
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enquete/rondes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enquêterondes met de link en het aantal respondenten per buurt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            naam: string;
                            jaar: number;
                            open: boolean;
                            /** @description heeft deze ronde ook een open link per buurt (antwoorden tellen niet mee in cijfers en doelen) */
                            openLink: boolean;
                            /** @description waar een bewoner de code van de uitnodigingsbrief invult */
                            codeUrl: string;
                            buurten: {
                                buurt: {
                                    code: string;
                                    naam: string;
                                };
                                /** @description de open link voor deze buurt, als de ronde die heeft */
                                url: string | null;
                                /** @description antwoorden die meetellen: met een persoonlijke code of ingelezen */
                                respondenten: number;
                                /** @description antwoorden via de open link (tellen niet mee) */
                                openRespondenten: number;
                                /** @description gemaakte persoonlijke codes */
                                uitnodigingen: number;
                                /** @description codes waarmee is ingevuld */
                                gebruikt: number;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Nieuwe enquêteronde (persoonlijke codes; met openLink ook een open link per buurt) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        naam: string;
                        jaar: number;
                        /** @description ook een open link per buurt; die antwoorden tellen niet mee in cijfers en doelen */
                        openLink?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enquete/rondes/{id}/uitnodigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Persoonlijke codes maken voor een buurt: brieven (PDF) of een lijst voor samenvoegen (CSV); de codes zijn alleen nu te zien */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        buurt: string;
                        aantal: number;
                        formaat: "pdf" | "csv";
                    };
                };
            };
            responses: {
                /** @description de brieven (PDF) of de codes (CSV) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enquete/code/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De vragen bij een persoonlijke code (openbaar) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            naam: string;
                            inleiding: string;
                            buurt: string;
                            open: boolean;
                            leeftijdsgroepen: string[];
                            geslachten: string[];
                            vragen: {
                                code: string;
                                tekst: string;
                                soort: "keuze" | "cijfer";
                                antwoorden?: {
                                    code: string;
                                    tekst: string;
                                }[];
                                min?: number;
                                max?: number;
                                schatting: {
                                    /** @enum {string} */
                                    soort: "aandeel";
                                    antwoorden: string[];
                                } | {
                                    /** @enum {string} */
                                    soort: "gemiddelde";
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** De enquête invullen met een persoonlijke code (openbaar, één keer per code) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leeftijd?: string;
                        geslacht?: string;
                        antwoorden: {
                            [key: string]: string | number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enquete/rondes/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Antwoorden inlezen (CSV: buurt, leeftijd, geslacht en een kolom per vraagcode); alles of niets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        inhoud: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aantal: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enquete/bevolking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bevolkingsopbouw per buurt naar leeftijd en geslacht inlezen (voor de weging); alles of niets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        inhoud: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aantal: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enquete/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De vragen voor een buurtlink (openbaar) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            naam: string;
                            inleiding: string;
                            buurt: string;
                            open: boolean;
                            leeftijdsgroepen: string[];
                            geslachten: string[];
                            vragen: {
                                code: string;
                                tekst: string;
                                soort: "keuze" | "cijfer";
                                antwoorden?: {
                                    code: string;
                                    tekst: string;
                                }[];
                                min?: number;
                                max?: number;
                                schatting: {
                                    /** @enum {string} */
                                    soort: "aandeel";
                                    antwoorden: string[];
                                } | {
                                    /** @enum {string} */
                                    soort: "gemiddelde";
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** De enquête invullen via de open link (openbaar; telt niet mee in cijfers en doelen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leeftijd?: string;
                        geslacht?: string;
                        antwoorden: {
                            [key: string]: string | number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Near-repeat-inbraakalerts: voorgesteld, verstuurd, afgewezen, verlopen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description soortcode van het incident, bijv. 1.1.1 (woninginbraak) */
                            soort: string;
                            /** Format: date */
                            incidentDatum: string;
                            plek: {
                                lon: number;
                                lat: number;
                                /** @description precisie: het midden van een rastercel, nooit het adres */
                                rasterMeter: number;
                            };
                            straalMeter: number;
                            /** Format: date */
                            geldigTot: string;
                            buurten: {
                                code: string;
                                naam: string;
                            }[];
                            status: "voorgesteld" | "verstuurd" | "afgewezen" | "verlopen";
                            abonnees: number;
                            ontvangers: number | null;
                            reden: string | null;
                            /** Format: date-time */
                            aangemaaktOp: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/goedkeuren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Alert goedkeuren: het buurtbericht gaat via de outbox naar de abonnees in de buurten */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ontvangers: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/afwijzen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Alert afwijzen met een reden */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reden: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/abonnementen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Buurtpreventiegroep aanmelden voor buurtberichten (e-mail of webhook) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        naam: string;
                        buurt: string;
                        email?: string;
                        webhookUrl?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/buurtberichten/aanmelden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aanmelden voor buurtberichten na een inbraak in de buurt (openbaar)
         * @description Dubbele opt-in: het adres krijgt een bevestigingsmail en ontvangt pas buurtberichten na bevestiging. Het antwoord is altijd 202, ook als het adres al was aangemeld (het verraadt niet wie zich aanmeldde).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        buurt: string;
                        email: string;
                        /**
                         * @description De bewoner wil deze berichten ontvangen
                         * @enum {boolean}
                         */
                        toestemming: true;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bevestigenBinnenDagen: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/buurtberichten/bevestigen/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Aanmelding voor buurtberichten bevestigen (openbaar, met de code uit de bevestigingsmail) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buurt: {
                                code: string;
                                naam: string;
                            };
                            afmeldUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/buurtberichten/afmelden/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Afmelden voor buurtberichten (openbaar, met de code uit het bericht); het adres wordt gewist */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/soorten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Soorten incidenten waarvan er zijn ingelezen, met hun naam uit de codelijst */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @description naam uit de codelijst van de politie */
                            naam: string;
                            /** @description aantal ingelezen incidenten */
                            aantal: number;
                            /** @description een soort voor de near-repeat-alerts (standaard in de analyses) */
                            standaard: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/import/incidenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Incidenten inlezen (CSV met x/y in RD New of lon/lat, datum of bereik, soortcode); alles of niets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bestandsnaam: string;
                        inhoud: string;
                        kolommen: {
                            soort: string;
                            datum?: string;
                            datumVan?: string;
                            datumTot?: string;
                            x?: string;
                            y?: string;
                            lon?: string;
                            lat?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId: number;
                            aantal: number;
                            perSoort: {
                                [key: string]: number;
                            };
                            alerts: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/indicatoren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De indicatorcatalogus van de gemeente (definitie, eenheid, bron, richting, noemer, doel) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            naam: string;
                            naamEn: string;
                            definitie: string;
                            eenheid: string;
                            bron: string;
                            richting: "lager_beter" | "hoger_beter" | "neutraal";
                            noemer: {
                                reeks: string;
                                per: number;
                            } | null;
                            /** @description het doel van de programmaperiode (null buiten elke periode) */
                            doel: {
                                programma: {
                                    code: string;
                                    naam: string;
                                    van: number;
                                    tot: number;
                                    /** @description jaar van de nulmeting */
                                    peiljaar: number;
                                };
                                /** @description false: de gemeente heeft voor deze periode geen streefwaarde vastgesteld */
                                vastgesteld: boolean;
                                operator: ("<=" | ">=") | (never | null);
                                waarde: number | null;
                                /** @description de ambitie in woorden, uit het programma */
                                ambitie: string | null;
                            } | null;
                            soort: "objectief" | "beleving";
                            /** @description voor een aantal: de eenheid als het wordt omgerekend (maat=per_inwoners), bijv. "per 1.000 inwoners" */
                            eenheidPerInwoners: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/indicatoren/{code}/perioden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Perioden waarvoor de indicator cijfers heeft (nieuwste eerst) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/observaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Een indicator voor alle gebieden van een niveau in één periode (de kaart en de tabel) */
        get: {
            parameters: {
                query: {
                    indicator: string;
                    niveau: "buurt" | "wijk" | "gemeente";
                    /** @description jaar (2024) of maand (2024-03) */
                    periode: string;
                    /** @description waarde: zoals de indicator is gedefinieerd; per_inwoners: een aantal omgerekend per inwoner (de noemer uit monitor.json), zodat gebieden vergelijkbaar zijn */
                    maat?: "waarde" | "per_inwoners";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gebied: {
                                code: string;
                                naam: string;
                            };
                            periode: string;
                            waarde: number | null;
                            teller: number | null;
                            noemer: number | null;
                            /** @description 95 %-interval */
                            interval: [
                                number,
                                number
                            ] | null;
                            status: "voorlopig" | "definitief";
                            /** @description door de bron geheimgehouden (kleine aantallen) */
                            geheim: boolean;
                            /** @description opgeteld uit de onderliggende gebieden */
                            afgeleid: boolean;
                            bron: "statistiek" | "incidenten" | "meldingen" | "enquete" | "geen";
                            /** @description cbs_politie: gepubliceerde cijfers of een politie-export; eigen_registratie: meldingen; enquete; demo: verzonnen demogegevens; geen: geen cijfer */
                            herkomst: "cbs_politie" | "eigen_registratie" | "enquete" | "demo" | "geen";
                            doelStatus: ("op_koers" | "niet_op_koers") | (never | null);
                            respondenten: number | null;
                            waarschuwing: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/observaties/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De observaties als CSV, XLSX of GeoJSON (met de gebiedsgrenzen) */
        get: {
            parameters: {
                query: {
                    indicator: string;
                    niveau: "buurt" | "wijk" | "gemeente";
                    /** @description jaar (2024) of maand (2024-03) */
                    periode: string;
                    formaat: "csv" | "xlsx" | "geojson";
                    /** @description waarde: zoals de indicator is gedefinieerd; per_inwoners: een aantal omgerekend per inwoner (de noemer uit monitor.json), zodat gebieden vergelijkbaar zijn */
                    maat?: "waarde" | "per_inwoners";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV, XLSX of GeoJSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Een indicator voor één gebied door de jaren, met doel, vergelijking met vier jaar eerder en het meerjarig gemiddelde */
        get: {
            parameters: {
                query: {
                    indicator: string;
                    gebied: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicator: {
                                code: string;
                                naam: string;
                                eenheid: string;
                                richting: "lager_beter" | "hoger_beter" | "neutraal";
                                /** @description het doel van de programmaperiode (null buiten elke periode) */
                                doel: {
                                    programma: {
                                        code: string;
                                        naam: string;
                                        van: number;
                                        tot: number;
                                        /** @description jaar van de nulmeting */
                                        peiljaar: number;
                                    };
                                    /** @description false: de gemeente heeft voor deze periode geen streefwaarde vastgesteld */
                                    vastgesteld: boolean;
                                    operator: ("<=" | ">=") | (never | null);
                                    waarde: number | null;
                                    /** @description de ambitie in woorden, uit het programma */
                                    ambitie: string | null;
                                } | null;
                            };
                            gebied: string;
                            reeks: {
                                periode: string;
                                waarde: number | null;
                                /** @description 95 %-interval */
                                interval: [
                                    number,
                                    number
                                ] | null;
                                status: "voorlopig" | "definitief";
                                geheim: boolean;
                                doelStatus: ("op_koers" | "niet_op_koers") | (never | null);
                                /** @description cbs_politie: gepubliceerde cijfers of een politie-export; eigen_registratie: meldingen; enquete; demo: verzonnen demogegevens; geen: geen cijfer */
                                herkomst: "cbs_politie" | "eigen_registratie" | "enquete" | "demo" | "geen";
                            }[];
                            laatste: {
                                periode: string;
                                waarde: number | null;
                                /** @description 95 %-interval */
                                interval: [
                                    number,
                                    number
                                ] | null;
                                status: "voorlopig" | "definitief";
                                geheim: boolean;
                                doelStatus: ("op_koers" | "niet_op_koers") | (never | null);
                                /** @description cbs_politie: gepubliceerde cijfers of een politie-export; eigen_registratie: meldingen; enquete; demo: verzonnen demogegevens; geen: geen cijfer */
                                herkomst: "cbs_politie" | "eigen_registratie" | "enquete" | "demo" | "geen";
                            } | null;
                            vergelijking: {
                                vierJaarEerder: {
                                    periode: string;
                                    waarde: number | null;
                                    verschil: number;
                                } | null;
                                meerjarigGemiddelde: {
                                    jaren: number;
                                    waarde: number;
                                    verschil: number;
                                } | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/signalen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maandcijfers van een jaar, gemarkeerd als ze onwaarschijnlijk zijn gezien dezelfde maand in eerdere jaren (Poisson met trend) */
        get: {
            parameters: {
                query: {
                    indicator: string;
                    gebied: string;
                    jaar: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicator: string;
                            gebied: string;
                            jaar: number;
                            maanden: {
                                maand: string;
                                aantal: number | null;
                                verwacht: number | null;
                                p: number | null;
                                signaal: ("hoog" | "laag") | (never | null);
                                /** @description aantal eerdere jaren in het model (3 tot 5) */
                                eerdereJaren: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/signalen/nieuw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nieuwe signalen voor de gemeente: de laatste drie maanden met cijfers die onwaarschijnlijk hoog of laag zijn */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicator: string;
                            naam: string;
                            gebied: string;
                            maand: string;
                            aantal: number;
                            verwacht: number;
                            p: number;
                            signaal: "hoog" | "laag";
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De laatste keren inlezen van cijfers en incidenten, ook de geweigerde (met de reden) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            soort: string;
                            bestand: string;
                            rijen: number;
                            /** Format: date-time */
                            tijdstip: string;
                            status: "gelukt" | "mislukt";
                            /** @description waarom het inlezen is geweigerd (B1); niets is opgeslagen */
                            fout: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/profiel/{gebied}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buurtprofiel: objectieve cijfers en beleving naast elkaar, met de duiding van analisten */
        get: {
            parameters: {
                query: {
                    jaar: string;
                };
                header?: never;
                path: {
                    gebied: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gebied: {
                                code: string;
                                naam: string;
                                niveau: "buurt" | "wijk" | "gemeente";
                            };
                            jaar: string;
                            indicatoren: {
                                code: string;
                                naam: string;
                                eenheid: string;
                                richting: "lager_beter" | "hoger_beter" | "neutraal";
                                soort: "objectief" | "beleving";
                                /** @description het doel van de programmaperiode (null buiten elke periode) */
                                doel: {
                                    programma: {
                                        code: string;
                                        naam: string;
                                        van: number;
                                        tot: number;
                                        /** @description jaar van de nulmeting */
                                        peiljaar: number;
                                    };
                                    /** @description false: de gemeente heeft voor deze periode geen streefwaarde vastgesteld */
                                    vastgesteld: boolean;
                                    operator: ("<=" | ">=") | (never | null);
                                    waarde: number | null;
                                    /** @description de ambitie in woorden, uit het programma */
                                    ambitie: string | null;
                                } | null;
                                waarde: number | null;
                                /** @description 95 %-interval */
                                interval: [
                                    number,
                                    number
                                ] | null;
                                geheim: boolean;
                                doelStatus: ("op_koers" | "niet_op_koers") | (never | null);
                                gemeente: number | null;
                                /** @description de waarde van dit gebied in het peiljaar van het programma */
                                nulmeting: {
                                    jaar: number;
                                    waarde: number;
                                } | null;
                                /** @description cbs_politie: gepubliceerde cijfers of een politie-export; eigen_registratie: meldingen; enquete; demo: verzonnen demogegevens; geen: geen cijfer */
                                herkomst: "cbs_politie" | "eigen_registratie" | "enquete" | "demo" | "geen";
                                /** @description vergelijking met de gemeente op een maat die gebieden vergelijkbaar maakt (nooit aantal tegen totaal) */
                                vergelijking: {
                                    /** @description waarop vergeleken is, bijvoorbeeld "per 1.000 inwoners" */
                                    basis: string;
                                    /** @description de waarde van het gebied op die basis */
                                    eigen: number;
                                    /** @description 95 %-interval */
                                    interval: [
                                        number,
                                        number
                                    ] | null;
                                    /** @description de waarde van de gemeente op die basis */
                                    gemeente: number;
                                    /** @description beter/slechter: het 95 %-interval ligt helemaal aan één kant van de gemeente; hoger/lager bij een neutrale indicator */
                                    oordeel: "beter" | "slechter" | "niet_te_onderscheiden" | "hoger" | "lager";
                                } | null;
                            }[];
                            duiding: {
                                id: string;
                                tekst: string;
                                auteur: string;
                                /** Format: date-time */
                                geschrevenOp: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/vergelijking/gemeenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De gemeente naast andere gemeenten: geregistreerde misdrijven per 1.000 inwoners (CBS), per vergelijkingsgroep */
        get: {
            parameters: {
                query?: {
                    jaar?: string;
                    groep?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reeks: string;
                            /** @description wat vergeleken wordt */
                            naam: string;
                            eenheid: string;
                            jaar: string;
                            /** @description jaren met cijfers, nieuwste eerst */
                            jaren: string[];
                            groep: {
                                code: string;
                                naam: string;
                            };
                            groepen: {
                                code: string;
                                naam: string;
                                naamEn: string;
                            }[];
                            bron: string;
                            /** @description de groep als geheel: som van de aantallen gedeeld door de som van de inwoners */
                            groepWaarde: number | null;
                            eigen: {
                                gemeente: string;
                                /** @description plaats in de groep, 1 = laagste waarde */
                                positie: number;
                                van: number;
                                /** @description tegen de groep als geheel, op het 95 %-interval */
                                oordeel: "beter" | "slechter" | "niet_te_onderscheiden";
                            } | null;
                            rijen: {
                                gemeente: string;
                                provincie: string;
                                aantal: number;
                                inwoners: number;
                                /** @description per 1.000 inwoners */
                                waarde: number;
                                /** @description 95 %-interval */
                                interval: [
                                    number,
                                    number
                                ] | null;
                                /** @description de eigen gemeente */
                                eigen: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/duiding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duiding (kwalitatieve toelichting) bij een gebied vastleggen, gedateerd en met auteur */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        gebied: string;
                        tekst: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor/import/cbs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** CBS/politie-bestand inlezen (OData v3/v4 JSON of CSV); alles of niets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bestandsnaam: string;
                        inhoud: string;
                        /** @description OData v4: de MeasureCodes van de tabel (JSON) */
                        maten?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId: number;
                            formaat: string;
                            rijen: number;
                            overgeslagen: number;
                            geheim: number;
                            onbekendeGebieden: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het huidige meerjarenprogramma als boom: thema's, ambities, doelstellingen, uitvoeringsagenda's, actiepunten, maatregelen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            titel: string;
                            van: number;
                            tot: number;
                            missie: string;
                            status: string;
                            statusNaam: string;
                            /** @description vastgesteld: alleen voortgang kan nog veranderen */
                            vastgesteld: boolean;
                            huidig: boolean;
                            raadsbesluit: string | null;
                            bron: string;
                            versie: number;
                            themas: {
                                code: string;
                                naam: string;
                                soort: string;
                                ondertitel: string | null;
                                ambities: string[];
                                doelstellingen: {
                                    code: string;
                                    soort: "effect" | "inspanning";
                                    tekst: string;
                                    indicatoren: string[];
                                }[];
                            }[];
                            agendas: {
                                code: string;
                                titel: string;
                                /**
                                 * Format: date
                                 * @description Datum, JJJJ-MM-DD
                                 */
                                van: string;
                                /**
                                 * Format: date
                                 * @description Datum, JJJJ-MM-DD
                                 */
                                tot: string;
                                status: string;
                                statusNaam: string;
                                vastgesteld: boolean;
                                collegebesluit: string | null;
                                demo: boolean;
                                actiepunten: {
                                    code: string;
                                    thema: string;
                                    titel: string;
                                    eigenaarAfdeling: string | null;
                                    maatregelen: {
                                        id: number;
                                        code: string;
                                        titel: string;
                                        soort: string;
                                        status: string;
                                        statusNaam: string;
                                        agenda: string;
                                        actiepunt: string;
                                        thema: string;
                                        eigenaarOrganisatie: string;
                                        eigenaarOrganisatieNaam: string;
                                        eigenaarNaam: string | null;
                                        /** @description organisatiecodes */
                                        partners: string[];
                                        /** @description CBS-buurtcodes */
                                        buurten: string[];
                                        randvoorwaarden: string[];
                                        /**
                                         * Format: date
                                         * @description Datum, JJJJ-MM-DD
                                         */
                                        start: string | null;
                                        /**
                                         * Format: date
                                         * @description Datum, JJJJ-MM-DD
                                         */
                                        eind: string | null;
                                        /** @description euro */
                                        budget: number | null;
                                        /** @description mag op de publieke buurtsite */
                                        publiek: boolean;
                                        /** @description verzonnen demogegevens */
                                        demo: boolean;
                                        laatsteKleur: ("groen" | "oranje" | "rood") | (never | null);
                                        /**
                                         * Format: date
                                         * @description Datum, JJJJ-MM-DD
                                         */
                                        laatsteVoortgang: string | null;
                                        /** @description deze gebruiker mag voortgang melden */
                                        magBijwerken: boolean;
                                    }[];
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/catalogus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statussen, soorten, randvoorwaarden, kleuren en organisaties van het programma */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            huidig: string;
                            statussen: {
                                programma: {
                                    code: string;
                                    naam: string;
                                    uitleg?: string;
                                    vastgesteld?: boolean;
                                    eind?: boolean;
                                }[];
                                agenda: {
                                    code: string;
                                    naam: string;
                                    uitleg?: string;
                                    vastgesteld?: boolean;
                                    eind?: boolean;
                                }[];
                                maatregel: {
                                    code: string;
                                    naam: string;
                                    uitleg?: string;
                                    vastgesteld?: boolean;
                                    eind?: boolean;
                                }[];
                            };
                            /** @description per status de statussen waarheen het mag (SM-15) */
                            overgangen: {
                                programma: {
                                    [key: string]: string[];
                                };
                                agenda: {
                                    [key: string]: string[];
                                };
                                maatregel: {
                                    [key: string]: string[];
                                };
                            };
                            themasoorten: {
                                code: string;
                                naam: string;
                                uitleg?: string;
                                vastgesteld?: boolean;
                                eind?: boolean;
                            }[];
                            maatregelsoorten: {
                                code: string;
                                naam: string;
                                uitleg?: string;
                                vastgesteld?: boolean;
                                eind?: boolean;
                            }[];
                            randvoorwaarden: {
                                code: string;
                                naam: string;
                                uitleg?: string;
                                vastgesteld?: boolean;
                                eind?: boolean;
                            }[];
                            voortgangskleuren: {
                                code: string;
                                naam: string;
                                uitleg?: string;
                                vastgesteld?: boolean;
                                eind?: boolean;
                            }[];
                            bewijssoorten: {
                                code: string;
                                naam: string;
                                uitleg?: string;
                                vastgesteld?: boolean;
                                eind?: boolean;
                            }[];
                            buurtagenda: {
                                statussen: {
                                    code: string;
                                    naam: string;
                                    uitleg?: string;
                                    vastgesteld?: boolean;
                                    eind?: boolean;
                                }[];
                                overgangen: {
                                    [key: string]: string[];
                                };
                            };
                            organisaties: {
                                code: string;
                                naam: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/programmas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle meerjarenprogramma's, ook eerdere */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            titel: string;
                            van: number;
                            tot: number;
                            status: string;
                            statusNaam: string;
                            huidig: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/programmas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén meerjarenprogramma als boom */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            titel: string;
                            van: number;
                            tot: number;
                            missie: string;
                            status: string;
                            statusNaam: string;
                            /** @description vastgesteld: alleen voortgang kan nog veranderen */
                            vastgesteld: boolean;
                            huidig: boolean;
                            raadsbesluit: string | null;
                            bron: string;
                            versie: number;
                            themas: {
                                code: string;
                                naam: string;
                                soort: string;
                                ondertitel: string | null;
                                ambities: string[];
                                doelstellingen: {
                                    code: string;
                                    soort: "effect" | "inspanning";
                                    tekst: string;
                                    indicatoren: string[];
                                }[];
                            }[];
                            agendas: {
                                code: string;
                                titel: string;
                                /**
                                 * Format: date
                                 * @description Datum, JJJJ-MM-DD
                                 */
                                van: string;
                                /**
                                 * Format: date
                                 * @description Datum, JJJJ-MM-DD
                                 */
                                tot: string;
                                status: string;
                                statusNaam: string;
                                vastgesteld: boolean;
                                collegebesluit: string | null;
                                demo: boolean;
                                actiepunten: {
                                    code: string;
                                    thema: string;
                                    titel: string;
                                    eigenaarAfdeling: string | null;
                                    maatregelen: {
                                        id: number;
                                        code: string;
                                        titel: string;
                                        soort: string;
                                        status: string;
                                        statusNaam: string;
                                        agenda: string;
                                        actiepunt: string;
                                        thema: string;
                                        eigenaarOrganisatie: string;
                                        eigenaarOrganisatieNaam: string;
                                        eigenaarNaam: string | null;
                                        /** @description organisatiecodes */
                                        partners: string[];
                                        /** @description CBS-buurtcodes */
                                        buurten: string[];
                                        randvoorwaarden: string[];
                                        /**
                                         * Format: date
                                         * @description Datum, JJJJ-MM-DD
                                         */
                                        start: string | null;
                                        /**
                                         * Format: date
                                         * @description Datum, JJJJ-MM-DD
                                         */
                                        eind: string | null;
                                        /** @description euro */
                                        budget: number | null;
                                        /** @description mag op de publieke buurtsite */
                                        publiek: boolean;
                                        /** @description verzonnen demogegevens */
                                        demo: boolean;
                                        laatsteKleur: ("groen" | "oranje" | "rood") | (never | null);
                                        /**
                                         * Format: date
                                         * @description Datum, JJJJ-MM-DD
                                         */
                                        laatsteVoortgang: string | null;
                                        /** @description deze gebruiker mag voortgang melden */
                                        magBijwerken: boolean;
                                    }[];
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/programmas/{code}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Het programma naar een volgende status (SM-15), met reden; bij vaststelling het raadsbesluit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: string;
                        raadsbesluit?: string;
                        reden: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/programmas/{code}/themas/{thema}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Themadashboard: maatregelen per status en voortgangskleur, de indicatoren tegen hun doel en vier jaar eerder */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    thema: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programma: string;
                            thema: {
                                code: string;
                                naam: string;
                                soort: string;
                                ondertitel: string | null;
                                ambities: string[];
                                doelstellingen: {
                                    code: string;
                                    soort: "effect" | "inspanning";
                                    tekst: string;
                                    indicatoren: string[];
                                }[];
                            };
                            perStatus: {
                                [key: string]: number;
                            };
                            perKleur: {
                                [key: string]: number;
                            };
                            maatregelen: {
                                id: number;
                                code: string;
                                titel: string;
                                soort: string;
                                status: string;
                                statusNaam: string;
                                agenda: string;
                                actiepunt: string;
                                thema: string;
                                eigenaarOrganisatie: string;
                                eigenaarOrganisatieNaam: string;
                                eigenaarNaam: string | null;
                                /** @description organisatiecodes */
                                partners: string[];
                                /** @description CBS-buurtcodes */
                                buurten: string[];
                                randvoorwaarden: string[];
                                /**
                                 * Format: date
                                 * @description Datum, JJJJ-MM-DD
                                 */
                                start: string | null;
                                /**
                                 * Format: date
                                 * @description Datum, JJJJ-MM-DD
                                 */
                                eind: string | null;
                                /** @description euro */
                                budget: number | null;
                                /** @description mag op de publieke buurtsite */
                                publiek: boolean;
                                /** @description verzonnen demogegevens */
                                demo: boolean;
                                laatsteKleur: ("groen" | "oranje" | "rood") | (never | null);
                                /**
                                 * Format: date
                                 * @description Datum, JJJJ-MM-DD
                                 */
                                laatsteVoortgang: string | null;
                                /** @description deze gebruiker mag voortgang melden */
                                magBijwerken: boolean;
                            }[];
                            /** @description per indicator van de doelstellingen: de reeks van de gemeente met interval, het doel en de vergelijking met vier jaar eerder */
                            indicatoren: {
                                indicator: {
                                    code: string;
                                    naam: string;
                                    eenheid: string;
                                    richting: "lager_beter" | "hoger_beter" | "neutraal";
                                    /** @description het doel van de programmaperiode (null buiten elke periode) */
                                    doel: {
                                        programma: {
                                            code: string;
                                            naam: string;
                                            van: number;
                                            tot: number;
                                            /** @description jaar van de nulmeting */
                                            peiljaar: number;
                                        };
                                        /** @description false: de gemeente heeft voor deze periode geen streefwaarde vastgesteld */
                                        vastgesteld: boolean;
                                        operator: ("<=" | ">=") | (never | null);
                                        waarde: number | null;
                                        /** @description de ambitie in woorden, uit het programma */
                                        ambitie: string | null;
                                    } | null;
                                };
                                gebied: string;
                                reeks: {
                                    periode: string;
                                    waarde: number | null;
                                    /** @description 95 %-interval */
                                    interval: [
                                        number,
                                        number
                                    ] | null;
                                    status: "voorlopig" | "definitief";
                                    geheim: boolean;
                                    doelStatus: ("op_koers" | "niet_op_koers") | (never | null);
                                    /** @description cbs_politie: gepubliceerde cijfers of een politie-export; eigen_registratie: meldingen; enquete; demo: verzonnen demogegevens; geen: geen cijfer */
                                    herkomst: "cbs_politie" | "eigen_registratie" | "enquete" | "demo" | "geen";
                                }[];
                                laatste: {
                                    periode: string;
                                    waarde: number | null;
                                    /** @description 95 %-interval */
                                    interval: [
                                        number,
                                        number
                                    ] | null;
                                    status: "voorlopig" | "definitief";
                                    geheim: boolean;
                                    doelStatus: ("op_koers" | "niet_op_koers") | (never | null);
                                    /** @description cbs_politie: gepubliceerde cijfers of een politie-export; eigen_registratie: meldingen; enquete; demo: verzonnen demogegevens; geen: geen cijfer */
                                    herkomst: "cbs_politie" | "eigen_registratie" | "enquete" | "demo" | "geen";
                                } | null;
                                vergelijking: {
                                    vierJaarEerder: {
                                        periode: string;
                                        waarde: number | null;
                                        verschil: number;
                                    } | null;
                                    meerjarigGemiddelde: {
                                        jaren: number;
                                        waarde: number;
                                        verschil: number;
                                    } | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/maatregelen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maatregelen als tabel, te filteren op thema, partner, buurt, status of de eigen organisatie */
        get: {
            parameters: {
                query?: {
                    programma?: string;
                    agenda?: string;
                    thema?: string;
                    partner?: string;
                    buurt?: string;
                    status?: string;
                    /** @description alleen maatregelen van de eigen organisatie */
                    mijn?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                code: string;
                                titel: string;
                                soort: string;
                                status: string;
                                statusNaam: string;
                                agenda: string;
                                actiepunt: string;
                                thema: string;
                                eigenaarOrganisatie: string;
                                eigenaarOrganisatieNaam: string;
                                eigenaarNaam: string | null;
                                /** @description organisatiecodes */
                                partners: string[];
                                /** @description CBS-buurtcodes */
                                buurten: string[];
                                randvoorwaarden: string[];
                                /**
                                 * Format: date
                                 * @description Datum, JJJJ-MM-DD
                                 */
                                start: string | null;
                                /**
                                 * Format: date
                                 * @description Datum, JJJJ-MM-DD
                                 */
                                eind: string | null;
                                /** @description euro */
                                budget: number | null;
                                /** @description mag op de publieke buurtsite */
                                publiek: boolean;
                                /** @description verzonnen demogegevens */
                                demo: boolean;
                                laatsteKleur: ("groen" | "oranje" | "rood") | (never | null);
                                /**
                                 * Format: date
                                 * @description Datum, JJJJ-MM-DD
                                 */
                                laatsteVoortgang: string | null;
                                /** @description deze gebruiker mag voortgang melden */
                                magBijwerken: boolean;
                            }[];
                            totaal: number;
                            perStatus: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/maatregelen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén maatregel met voortgang, bewijs en wijzigingen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            titel: string;
                            soort: string;
                            status: string;
                            statusNaam: string;
                            agenda: string;
                            actiepunt: string;
                            thema: string;
                            eigenaarOrganisatie: string;
                            eigenaarOrganisatieNaam: string;
                            eigenaarNaam: string | null;
                            /** @description organisatiecodes */
                            partners: string[];
                            /** @description CBS-buurtcodes */
                            buurten: string[];
                            randvoorwaarden: string[];
                            /**
                             * Format: date
                             * @description Datum, JJJJ-MM-DD
                             */
                            start: string | null;
                            /**
                             * Format: date
                             * @description Datum, JJJJ-MM-DD
                             */
                            eind: string | null;
                            /** @description euro */
                            budget: number | null;
                            /** @description mag op de publieke buurtsite */
                            publiek: boolean;
                            /** @description verzonnen demogegevens */
                            demo: boolean;
                            laatsteKleur: ("groen" | "oranje" | "rood") | (never | null);
                            /**
                             * Format: date
                             * @description Datum, JJJJ-MM-DD
                             */
                            laatsteVoortgang: string | null;
                            /** @description deze gebruiker mag voortgang melden */
                            magBijwerken: boolean;
                        } & {
                            omschrijving: string;
                            agendaTitel: string;
                            agendaVastgesteld: boolean;
                            actiepuntTitel: string;
                            themaNaam: string;
                            voortgang: {
                                id: number;
                                /**
                                 * Format: date
                                 * @description Datum, JJJJ-MM-DD
                                 */
                                datum: string;
                                kleur: "groen" | "oranje" | "rood";
                                tekst: string;
                                status: string | null;
                                door: string;
                                /** Format: date-time */
                                tijdstip: string;
                            }[];
                            bewijs: {
                                id: number;
                                soort: string;
                                verwijzing: string;
                                omschrijving: string;
                                door: string;
                                /** Format: date-time */
                                tijdstip: string;
                            }[];
                            wijzigingen: {
                                /** Format: date-time */
                                tijdstip: string;
                                door: string;
                                reden: string | null;
                                velden: string[];
                            }[];
                            volgendeStatussen: string[];
                            /** @description deze gebruiker mag de maatregel zelf wijzigen (programmabeheer) */
                            magWijzigen: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Een maatregel wijzigen (programmabeheer); na vaststelling van de agenda met reden, altijd met versie */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        titel?: string;
                        omschrijving?: string;
                        soort?: string;
                        eigenaarOrganisatie?: string;
                        eigenaarNaam?: string | null;
                        partners?: string[];
                        buurten?: string[];
                        randvoorwaarden?: string[];
                        /**
                         * Format: date
                         * @description Datum, JJJJ-MM-DD
                         */
                        start?: string | null;
                        /**
                         * Format: date
                         * @description Datum, JJJJ-MM-DD
                         */
                        eind?: string | null;
                        budget?: number | null;
                        publiek?: boolean;
                        /** @description verplicht als de agenda is vastgesteld */
                        reden?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/programma/maatregelen/{id}/voortgang": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voortgang melden: datum, kleur (groen/oranje/rood), tekst en eventueel een nieuwe status; de eigenaar of programmabeheer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Datum, JJJJ-MM-DD
                         */
                        datum: string;
                        kleur: "groen" | "oranje" | "rood";
                        tekst: string;
                        status?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/maatregelen/{id}/bewijs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bewijs koppelen (casus, melding, alert, analyse, campagne, document): een verwijzing, nooit persoonsgegevens */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        soort: string;
                        verwijzing: string;
                        omschrijving: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/programmas/{code}/agendas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een nieuwe uitvoeringsagenda (concept) binnen de periode van het programma */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        titel: string;
                        /**
                         * Format: date
                         * @description Datum, JJJJ-MM-DD
                         */
                        van: string;
                        /**
                         * Format: date
                         * @description Datum, JJJJ-MM-DD
                         */
                        tot: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/agendas/{code}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De uitvoeringsagenda naar een volgende status (SM-15); bij vaststelling het collegebesluit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: string;
                        collegebesluit?: string;
                        reden: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/agendas/{code}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De uitvoeringsagenda als Excel-bestand (dezelfde kolommen als het inlezen) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description XLSX */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/agendas/{code}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een uitvoeringsagenda inlezen uit Excel: alles of niets, met rijnummers bij fouten; niet na vaststelling */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bestandsnaam: string;
                        /** @description het XLSX-bestand, base64 */
                        inhoud: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actiepunten: number;
                            nieuw: number;
                            bijgewerkt: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/buurtagenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buurtagenda's: de punten per buurt (ook niet gepubliceerde) */
        get: {
            parameters: {
                query?: {
                    buurt?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            buurt: string;
                            titel: string;
                            toelichting: string;
                            thema: string | null;
                            /** @description 1 = hoogste */
                            prioriteit: number;
                            eigenaarOrganisatie: string;
                            eigenaarOrganisatieNaam: string;
                            status: string;
                            statusNaam: string;
                            uitkomst: string | null;
                            gepubliceerd: boolean;
                            maatregelIds: number[];
                            /**
                             * Format: date
                             * @description Datum, JJJJ-MM-DD
                             */
                            afgerondOp: string | null;
                            demo: boolean;
                            volgendeStatussen: string[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Een punt op de agenda van een buurt zetten */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        buurt: string;
                        titel: string;
                        toelichting?: string;
                        thema?: string;
                        prioriteit?: number;
                        eigenaarOrganisatie: string;
                        gepubliceerd?: boolean;
                        maatregelIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programma/buurtagenda/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Een agendapunt bijwerken: status (bij afronden met uitkomst), prioriteit, publiceren, gekoppelde maatregelen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status?: string;
                        /** @description wat er is gedaan, in eenvoudige woorden (publiek) */
                        uitkomst?: string;
                        prioriteit?: number;
                        gepubliceerd?: boolean;
                        maatregelIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/participatie/catalogus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categorieën, statussen en soorten van buurtschouw, buurtpreventie en bijeenkomsten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            schouwStatussen: {
                                code: string;
                                naam: string;
                                eind?: boolean;
                                analyse?: boolean;
                            }[];
                            schouwCategorieen: {
                                code: string;
                                naam: string;
                                meldingCategorie: string;
                            }[];
                            puntStatussen: {
                                code: string;
                                naam: string;
                                eind?: boolean;
                                analyse?: boolean;
                            }[];
                            groepStatussen: {
                                code: string;
                                naam: string;
                                eind?: boolean;
                                analyse?: boolean;
                            }[];
                            contactDoel: string;
                            bijeenkomstSoorten: {
                                code: string;
                                naam: string;
                                eind?: boolean;
                                analyse?: boolean;
                            }[];
                            organisaties: {
                                code: string;
                                naam: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participatie/schouwen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buurtschouwen met hun schouwpunten */
        get: {
            parameters: {
                query?: {
                    buurt?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            buurt: string;
                            /** Format: date */
                            datum: string;
                            thema: string;
                            /** @description organisaties en rollen, geen namen */
                            deelnemers: string[];
                            status: string;
                            statusNaam: string;
                            volgendeStatussen: string[];
                            samenvatting: string | null;
                            gepubliceerd: boolean;
                            demo: boolean;
                            punten: {
                                id: number;
                                lon: number;
                                lat: number;
                                categorie: string;
                                categorieNaam: string;
                                omschrijving: string;
                                heeftFoto: boolean;
                                actiehouder: string | null;
                                /** Format: date */
                                termijn: string | null;
                                status: string;
                                statusNaam: string;
                                melding: {
                                    id: string;
                                    referentie: string;
                                } | null;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Een buurtschouw plannen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        buurt: string;
                        /** Format: date */
                        datum: string;
                        thema: string;
                        deelnemers?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participatie/schouwen/{id}/punten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een schouwpunt vastleggen (plek in de buurt, categorie, omschrijving, foto zonder personen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lon: number;
                        lat: number;
                        categorie: string;
                        omschrijving: string;
                        /** @description JPEG, PNG of WebP als base64 of data:-URL; geen personen */
                        foto?: string;
                        actiehouder?: string;
                        /** Format: date */
                        termijn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participatie/schouwen/{id}/meldingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Alle open schouwpunten in één stap omzetten in meldingen (kanaal buurtschouw) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gemaakt: {
                                punt: number;
                                referentie: string;
                            }[];
                            /** @description punten die de intake weigerde; ze blijven open */
                            mislukt: {
                                punt: number;
                                reden: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participatie/schouwen/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De schouw verder zetten (SM-14) en de uitkomst per buurt publiceren */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: string;
                        /** @description de uitkomst in eenvoudige woorden (publiek als gepubliceerd) */
                        samenvatting?: string;
                        gepubliceerd?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participatie/buurtpreventie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buurtpreventiegroepen (zonder contactgegevens) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            naam: string;
                            buurten: string[];
                            aantalDeelnemers: number | null;
                            bordGeplaatst: boolean;
                            /** @description aangemeld voor buurtberichten */
                            alerts: boolean;
                            status: string;
                            statusNaam: string;
                            volgendeStatussen: string[];
                            /** Format: date */
                            laatsteActiviteit: string | null;
                            /** @description er is een contact van de coördinator bewaard (alleen in te zien met reden) */
                            heeftContact: boolean;
                            /** Format: date-time */
                            contactVerwijderdOp: string | null;
                            demo: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Een buurtpreventiegroep registreren, met een minimaal contact van de coördinator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        naam: string;
                        buurten: string[];
                        coordinatorNaam?: string;
                        /** @description e-mailadres of telefoonnummer; alleen voor het doel uit participatie.json */
                        coordinatorContact?: string;
                        aantalDeelnemers?: number;
                        bordGeplaatst?: boolean;
                        alerts?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participatie/buurtpreventie/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Een groep bijwerken (status SM-13, deelnemers, bord, buurtberichten, activiteit) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status?: string;
                        aantalDeelnemers?: number;
                        bordGeplaatst?: boolean;
                        alerts?: boolean;
                        /** Format: date */
                        laatsteActiviteit?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/participatie/buurtpreventie/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Het contact van de coördinator inzien, met een reden (verwerkingenlog) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reden: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            naam: string | null;
                            contact: string | null;
                            doel: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participatie/bijeenkomsten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bijeenkomsten met bewoners en de dialoog (per buurt) */
        get: {
            parameters: {
                query?: {
                    buurt?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            buurt: string;
                            /** Format: date */
                            datum: string;
                            soort: string;
                            soortNaam: string;
                            titel: string;
                            onderwerpen: string[];
                            aanwezig: number | null;
                            opgehaald: string;
                            vervolg: string;
                            agendaPuntIds: number[];
                            analyse: {
                                probleem: string;
                                oorzakenBewoners: string;
                                oorzakenPartners: string;
                                opties: {
                                    optie: string;
                                    verwachtEffect: string;
                                }[];
                                gekozenAanpak: string;
                                eigenaren: string[];
                                /** Format: date */
                                vervolgdatum: string;
                            } | null;
                            demo: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Een bijeenkomst vastleggen; bij de werkvorm acute onveiligheid met de gezamenlijke analyse */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        buurt: string;
                        /** Format: date */
                        datum: string;
                        soort: string;
                        titel: string;
                        onderwerpen?: string[];
                        aanwezig?: number;
                        opgehaald?: string;
                        vervolg?: string;
                        agendaPuntIds?: number[];
                        analyse?: {
                            probleem: string;
                            oorzakenBewoners: string;
                            oorzakenPartners: string;
                            opties: {
                                optie: string;
                                verwachtEffect: string;
                            }[];
                            gekozenAanpak: string;
                            eigenaren: string[];
                            /** Format: date */
                            vervolgdatum: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publiek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De publieke pagina van de gemeente (zonder inloggen) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gebied: {
                                code: string;
                                naam: string;
                                niveau: "gemeente" | "wijk" | "buurt";
                                wijk: {
                                    code: string;
                                    naam: string;
                                } | null;
                                /** @description de wijken van de gemeente of de buurten van een wijk */
                                onderdelen: {
                                    code: string;
                                    naam: string;
                                }[];
                            };
                            programma: {
                                titel: string;
                                van: number;
                                tot: number;
                                missie: string;
                                themas: {
                                    code: string;
                                    naam: string;
                                    ambities: string[];
                                }[];
                            };
                            maatregelen: {
                                titel: string;
                                status: string;
                                thema: string;
                                eigenaar: string;
                                /** Format: date */
                                start: string | null;
                                /** Format: date */
                                eind: string | null;
                                hierInDeBuurt: boolean;
                                demo: boolean;
                            }[];
                            buurtagenda: {
                                titel: string;
                                toelichting: string;
                                prioriteit: number;
                                status: string;
                                demo: boolean;
                            }[];
                            uZeiWijDeden: {
                                titel: string;
                                uitkomst: string;
                                /** Format: date */
                                afgerondOp: string | null;
                                demo: boolean;
                            }[];
                            /** @description gepubliceerde uitkomsten van buurtschouwen: samenvatting en aantallen per categorie, nooit de teksten van de punten */
                            buurtschouwen: {
                                /** Format: date */
                                datum: string;
                                thema: string;
                                samenvatting: string;
                                punten: {
                                    categorie: string;
                                    aantal: number;
                                    afgehandeld: number;
                                }[];
                                demo: boolean;
                            }[];
                            cijfers: {
                                code: string;
                                naam: string;
                                eenheid: string;
                                bron: string;
                                richting: "lager_beter" | "hoger_beter" | "neutraal";
                                /** @description het doel van het programma in woorden, of null */
                                doel: string | null;
                                reeks: {
                                    periode: string;
                                    waarde: number | null;
                                    /** @description zoals het getoond wordt, bijv. "12,3" of "< 5" */
                                    weergave: string;
                                    interval: [
                                        number,
                                        number
                                    ] | null;
                                    /** @description klein aantal (of daaruit af te leiden): niet getoond */
                                    onderdrukt: boolean;
                                    status: "voorlopig" | "definitief";
                                    demo: boolean;
                                }[];
                            }[];
                            meldingen: {
                                jaar: number;
                                rijen: {
                                    categorie: string;
                                    aantal: number | null;
                                    weergave: string;
                                }[];
                                totaal: {
                                    aantal: number | null;
                                    weergave: string;
                                };
                                demo: boolean;
                            };
                            links: {
                                melden: string;
                                buurtberichten: string;
                                openData: string;
                            };
                            onderdrukking: {
                                minimum: number;
                                uitleg: string;
                            };
                            /** @description er staan verzonnen demogegevens op deze pagina */
                            demo: boolean;
                        };
                    };
                };
                /** @description Default Response */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publiek/wijken/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De publieke pagina van een wijk (zonder inloggen) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gebied: {
                                code: string;
                                naam: string;
                                niveau: "gemeente" | "wijk" | "buurt";
                                wijk: {
                                    code: string;
                                    naam: string;
                                } | null;
                                /** @description de wijken van de gemeente of de buurten van een wijk */
                                onderdelen: {
                                    code: string;
                                    naam: string;
                                }[];
                            };
                            programma: {
                                titel: string;
                                van: number;
                                tot: number;
                                missie: string;
                                themas: {
                                    code: string;
                                    naam: string;
                                    ambities: string[];
                                }[];
                            };
                            maatregelen: {
                                titel: string;
                                status: string;
                                thema: string;
                                eigenaar: string;
                                /** Format: date */
                                start: string | null;
                                /** Format: date */
                                eind: string | null;
                                hierInDeBuurt: boolean;
                                demo: boolean;
                            }[];
                            buurtagenda: {
                                titel: string;
                                toelichting: string;
                                prioriteit: number;
                                status: string;
                                demo: boolean;
                            }[];
                            uZeiWijDeden: {
                                titel: string;
                                uitkomst: string;
                                /** Format: date */
                                afgerondOp: string | null;
                                demo: boolean;
                            }[];
                            /** @description gepubliceerde uitkomsten van buurtschouwen: samenvatting en aantallen per categorie, nooit de teksten van de punten */
                            buurtschouwen: {
                                /** Format: date */
                                datum: string;
                                thema: string;
                                samenvatting: string;
                                punten: {
                                    categorie: string;
                                    aantal: number;
                                    afgehandeld: number;
                                }[];
                                demo: boolean;
                            }[];
                            cijfers: {
                                code: string;
                                naam: string;
                                eenheid: string;
                                bron: string;
                                richting: "lager_beter" | "hoger_beter" | "neutraal";
                                /** @description het doel van het programma in woorden, of null */
                                doel: string | null;
                                reeks: {
                                    periode: string;
                                    waarde: number | null;
                                    /** @description zoals het getoond wordt, bijv. "12,3" of "< 5" */
                                    weergave: string;
                                    interval: [
                                        number,
                                        number
                                    ] | null;
                                    /** @description klein aantal (of daaruit af te leiden): niet getoond */
                                    onderdrukt: boolean;
                                    status: "voorlopig" | "definitief";
                                    demo: boolean;
                                }[];
                            }[];
                            meldingen: {
                                jaar: number;
                                rijen: {
                                    categorie: string;
                                    aantal: number | null;
                                    weergave: string;
                                }[];
                                totaal: {
                                    aantal: number | null;
                                    weergave: string;
                                };
                                demo: boolean;
                            };
                            links: {
                                melden: string;
                                buurtberichten: string;
                                openData: string;
                            };
                            onderdrukking: {
                                minimum: number;
                                uitleg: string;
                            };
                            /** @description er staan verzonnen demogegevens op deze pagina */
                            demo: boolean;
                        };
                    };
                };
                /** @description Default Response */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publiek/buurten/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De publieke pagina van een buurt: doelen, maatregelen, buurtagenda, cijfers met kleine aantallen onderdrukt (zonder inloggen) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gebied: {
                                code: string;
                                naam: string;
                                niveau: "gemeente" | "wijk" | "buurt";
                                wijk: {
                                    code: string;
                                    naam: string;
                                } | null;
                                /** @description de wijken van de gemeente of de buurten van een wijk */
                                onderdelen: {
                                    code: string;
                                    naam: string;
                                }[];
                            };
                            programma: {
                                titel: string;
                                van: number;
                                tot: number;
                                missie: string;
                                themas: {
                                    code: string;
                                    naam: string;
                                    ambities: string[];
                                }[];
                            };
                            maatregelen: {
                                titel: string;
                                status: string;
                                thema: string;
                                eigenaar: string;
                                /** Format: date */
                                start: string | null;
                                /** Format: date */
                                eind: string | null;
                                hierInDeBuurt: boolean;
                                demo: boolean;
                            }[];
                            buurtagenda: {
                                titel: string;
                                toelichting: string;
                                prioriteit: number;
                                status: string;
                                demo: boolean;
                            }[];
                            uZeiWijDeden: {
                                titel: string;
                                uitkomst: string;
                                /** Format: date */
                                afgerondOp: string | null;
                                demo: boolean;
                            }[];
                            /** @description gepubliceerde uitkomsten van buurtschouwen: samenvatting en aantallen per categorie, nooit de teksten van de punten */
                            buurtschouwen: {
                                /** Format: date */
                                datum: string;
                                thema: string;
                                samenvatting: string;
                                punten: {
                                    categorie: string;
                                    aantal: number;
                                    afgehandeld: number;
                                }[];
                                demo: boolean;
                            }[];
                            cijfers: {
                                code: string;
                                naam: string;
                                eenheid: string;
                                bron: string;
                                richting: "lager_beter" | "hoger_beter" | "neutraal";
                                /** @description het doel van het programma in woorden, of null */
                                doel: string | null;
                                reeks: {
                                    periode: string;
                                    waarde: number | null;
                                    /** @description zoals het getoond wordt, bijv. "12,3" of "< 5" */
                                    weergave: string;
                                    interval: [
                                        number,
                                        number
                                    ] | null;
                                    /** @description klein aantal (of daaruit af te leiden): niet getoond */
                                    onderdrukt: boolean;
                                    status: "voorlopig" | "definitief";
                                    demo: boolean;
                                }[];
                            }[];
                            meldingen: {
                                jaar: number;
                                rijen: {
                                    categorie: string;
                                    aantal: number | null;
                                    weergave: string;
                                }[];
                                totaal: {
                                    aantal: number | null;
                                    weergave: string;
                                };
                                demo: boolean;
                            };
                            links: {
                                melden: string;
                                buurtberichten: string;
                                openData: string;
                            };
                            onderdrukking: {
                                minimum: number;
                                uitleg: string;
                            };
                            /** @description er staan verzonnen demogegevens op deze pagina */
                            demo: boolean;
                        };
                    };
                };
                /** @description Default Response */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publiek/open-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data: de openbare indicatoren met hun downloads (CC BY 4.0) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            naam: string;
                            eenheid: string;
                            bron: string;
                            niveaus: ("gemeente" | "wijk" | "buurt")[];
                            perioden: string[];
                            licentie: string;
                            csv: string;
                            geojson: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publiek/open-data/{indicator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén openbare indicator voor alle gebieden als CSV of GeoJSON, met metadata en onderdrukking */
        get: {
            parameters: {
                query: {
                    formaat: "csv" | "geojson";
                    periode?: string;
                };
                header?: never;
                path: {
                    indicator: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV of GeoJSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rapportages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle rapportversies, nieuwste eerst */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            soort: "raadsrapportage" | "veiligheidsanalyse" | "voortgang";
                            soortNaam: string;
                            periode: string;
                            versie: number;
                            titel: string;
                            status: string;
                            statusNaam: string;
                            /** @description SHA-256 van de PDF */
                            hash: string;
                            bevatVoorlopig: boolean;
                            /** @description bij publicatie bewust gekozen om voorlopige cijfers te publiceren (gemarkeerd) */
                            voorlopigAkkoord: boolean;
                            demo: boolean;
                            auteur: string;
                            /** Format: date-time */
                            aangemaaktOp: string;
                            vastgesteldDoor: string | null;
                            /** Format: date-time */
                            vastgesteldOp: string | null;
                            gepubliceerdDoor: string | null;
                            /** Format: date-time */
                            gepubliceerdOp: string | null;
                            /** @description waarheen het rapport nu mag */
                            volgendeStatussen: {
                                code: string;
                                naam: string;
                                /** @description deze stap maakt het rapport openbaar */
                                publiek: boolean;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Een rapport laten maken (raadsrapportage, veiligheidsanalyse, voortgang) als nieuwe conceptversie; het antwoord is een taak om te volgen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        soort: "raadsrapportage" | "veiligheidsanalyse" | "voortgang";
                        /** @description jaar (2026) of kwartaal (2026-Q3) */
                        periode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            taak: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rapportages/soorten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De soorten rapport die gemaakt kunnen worden */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: "raadsrapportage" | "veiligheidsanalyse" | "voortgang";
                            naam: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rapportages/taken/{taak}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hoe ver het maken van een rapport is; klaar: de nieuwe versie */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taak: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "bezig" | "klaar" | "mislukt";
                            /** @description hoofdstukken klaar van het aantal dat tot nu toe bekend is */
                            voortgang: {
                                gedaan: number;
                                totaal: number;
                            };
                            resultaat: {
                                id: number;
                                soort: "raadsrapportage" | "veiligheidsanalyse" | "voortgang";
                                soortNaam: string;
                                periode: string;
                                versie: number;
                                titel: string;
                                status: string;
                                statusNaam: string;
                                /** @description SHA-256 van de PDF */
                                hash: string;
                                bevatVoorlopig: boolean;
                                /** @description bij publicatie bewust gekozen om voorlopige cijfers te publiceren (gemarkeerd) */
                                voorlopigAkkoord: boolean;
                                demo: boolean;
                                auteur: string;
                                /** Format: date-time */
                                aangemaaktOp: string;
                                vastgesteldDoor: string | null;
                                /** Format: date-time */
                                vastgesteldOp: string | null;
                                gepubliceerdDoor: string | null;
                                /** Format: date-time */
                                gepubliceerdOp: string | null;
                                /** @description waarheen het rapport nu mag */
                                volgendeStatussen: {
                                    code: string;
                                    naam: string;
                                    /** @description deze stap maakt het rapport openbaar */
                                    publiek: boolean;
                                }[];
                            } | null;
                            fout: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rapportages/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een rapport vaststellen of publiceren; met voorlopige cijfers alleen na een bewuste keuze (voorlopigAkkoord) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: string;
                        /** @description publiceren ondanks voorlopige cijfers (ze blijven gemarkeerd) */
                        voorlopigAkkoord?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            soort: "raadsrapportage" | "veiligheidsanalyse" | "voortgang";
                            soortNaam: string;
                            periode: string;
                            versie: number;
                            titel: string;
                            status: string;
                            statusNaam: string;
                            /** @description SHA-256 van de PDF */
                            hash: string;
                            bevatVoorlopig: boolean;
                            /** @description bij publicatie bewust gekozen om voorlopige cijfers te publiceren (gemarkeerd) */
                            voorlopigAkkoord: boolean;
                            demo: boolean;
                            auteur: string;
                            /** Format: date-time */
                            aangemaaktOp: string;
                            vastgesteldDoor: string | null;
                            /** Format: date-time */
                            vastgesteldOp: string | null;
                            gepubliceerdDoor: string | null;
                            /** Format: date-time */
                            gepubliceerdOp: string | null;
                            /** @description waarheen het rapport nu mag */
                            volgendeStatussen: {
                                code: string;
                                naam: string;
                                /** @description deze stap maakt het rapport openbaar */
                                publiek: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rapportages/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het rapport als PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rapportages/{id}/html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het rapport als HTML */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description HTML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ondermijning/catalogus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fenomenen, bronnen, de 4×4-waardering, vertrouwelijkheid, grondslagen en besluiten van het signaaloverleg */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fenomenen: {
                                code: string;
                                naam: string;
                            }[];
                            bronsoorten: {
                                code: string;
                                naam: string;
                            }[];
                            bronBetrouwbaarheid: {
                                code: string;
                                naam: string;
                            }[];
                            informatieBetrouwbaarheid: {
                                code: string;
                                naam: string;
                            }[];
                            vertrouwelijkheden: {
                                code: string;
                                naam: string;
                            }[];
                            grondslagen: {
                                code: string;
                                naam: string;
                            }[];
                            overlegBesluiten: {
                                code: string;
                                naam: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ondermijning/signalen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het signalenregister (alleen het ondermijningscompartiment; geheime signalen alleen voor wie ze behandelt) */
        get: {
            parameters: {
                query?: {
                    status?: "nieuw" | "geagendeerd" | "besloten";
                    fenomeen?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            nummer: string;
                            /** Format: date */
                            ontvangenOp: string;
                            bronSoort: string;
                            bron: string;
                            /** @description bron × informatie, bijv. B2 */
                            waardering: string;
                            fenomeen: string;
                            fenomeenNaam: string;
                            omschrijving: string;
                            buurt: string | null;
                            vertrouwelijkheid: "confidentieel" | "geheim";
                            grondslag: string;
                            status: "nieuw" | "geagendeerd" | "besloten";
                            overleg: string | null;
                            besluit: {
                                code: string;
                                naam: string;
                                reden: string;
                                /** Format: date-time */
                                op: string;
                                door: string;
                            } | null;
                            subjecten: {
                                id: string;
                                soort: "object" | "bedrijf" | "persoon";
                                aanduiding: string;
                                vertrouwelijkheid: "confidentieel" | "geheim";
                            }[];
                            demo: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Een signaal vastleggen, met waardering, fenomeen, grondslag en subjecten (minimale gegevens) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        ontvangenOp: string;
                        bronSoort: string;
                        /** @description welke afdeling of partner, niet wie */
                        bron: string;
                        bronBetrouwbaarheid: string;
                        informatieBetrouwbaarheid: string;
                        fenomeen: string;
                        omschrijving: string;
                        buurt?: string;
                        vertrouwelijkheid: "confidentieel" | "geheim";
                        grondslag: string;
                        subjecten?: {
                            soort: "object" | "bedrijf" | "persoon";
                            aanduiding: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            nummer: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ondermijning/signalen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén signaal met zijn subjecten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            nummer: string;
                            /** Format: date */
                            ontvangenOp: string;
                            bronSoort: string;
                            bron: string;
                            /** @description bron × informatie, bijv. B2 */
                            waardering: string;
                            fenomeen: string;
                            fenomeenNaam: string;
                            omschrijving: string;
                            buurt: string | null;
                            vertrouwelijkheid: "confidentieel" | "geheim";
                            grondslag: string;
                            status: "nieuw" | "geagendeerd" | "besloten";
                            overleg: string | null;
                            besluit: {
                                code: string;
                                naam: string;
                                reden: string;
                                /** Format: date-time */
                                op: string;
                                door: string;
                            } | null;
                            subjecten: {
                                id: string;
                                soort: "object" | "bedrijf" | "persoon";
                                aanduiding: string;
                                vertrouwelijkheid: "confidentieel" | "geheim";
                            }[];
                            demo: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ondermijning/overleggen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het gemeentelijk signaaloverleg: de overleggen met hun agenda */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** Format: date */
                            datum: string;
                            status: string;
                            signalen: string[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** Een signaaloverleg plannen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        datum: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ondermijning/signalen/{id}/agenderen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een signaal op de agenda van een signaaloverleg zetten */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        overleg: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ondermijning/signalen/{id}/besluit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Het besluit van het signaaloverleg over een signaal, met reden */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        besluit: string;
                        reden: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download een consistente backup van de draaiende database (beheerder; gelogd) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PGlite: .tar.gz van de datamap; PostgreSQL: pg_dump (custom format) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analyse/near-repeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Near-repeat (Knox-toets) op de ingelezen incidenten; start een taak en geeft 202 met de taak */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description soortcodes; standaard: woninginbraak (1.1.1) */
                        soorten?: string[];
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        van: string;
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        tot: string;
                        /**
                         * @default [
                         *       0,
                         *       1,
                         *       100,
                         *       200,
                         *       300
                         *     ]
                         */
                        ruimte: number[];
                        /**
                         * @default [
                         *       0,
                         *       2,
                         *       4
                         *     ]
                         */
                        tijd: number[];
                        /** @default euclidisch */
                        afstand: "euclidisch" | "manhattan";
                        /** @default 999 */
                        permutaties: number;
                        /** @default 1 */
                        seed: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            taak: string;
                            gebeurtenissen: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analyse/taken/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voortgang en uitkomst van een analysetaak (alleen voor wie hem startte) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            soort: string;
                            status: "bezig" | "klaar" | "mislukt";
                            voortgang: {
                                gedaan: number;
                                totaal: number;
                            };
                            resultaat: {
                                ruimteBanden: string[];
                                tijdBanden: string[];
                                /** @description rijen: afstandsbanden (de laatste open); kolommen: tijdsbanden */
                                waargenomen: number[][];
                                verwacht: number[][];
                                /** @description waargenomen / verwacht; null waar niets verwacht werd */
                                ratio: (number | null)[][];
                                p: number[][];
                                aantalGebeurtenissen: number;
                                aantalParen: number;
                                permutaties: number;
                                seed: number;
                            } | null;
                            fout: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analyse/hotspots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hotspots (Getis-Ord Gi*, FDR) op een RD-raster of op buurten */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description soortcodes; standaard: woninginbraak (1.1.1) */
                        soorten?: string[];
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        van: string;
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        tot: string;
                        /** @default raster */
                        niveau: "raster" | "buurt";
                        celMeter?: number;
                        /** @default 0.05 */
                        alpha: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            niveau: "buurt";
                            gebeurtenissen: number;
                            eenheden: {
                                code: string;
                                naam: string;
                                aantal: number;
                                z: number;
                                /** @description FDR-gecorrigeerde p (Benjamini-Hochberg) */
                                q: number;
                                klasse: "heet" | "koud" | "geen";
                            }[];
                        } | {
                            /** @enum {string} */
                            niveau: "raster";
                            celMeter: number;
                            gebeurtenissen: number;
                            /** @description incidenten in randcellen waarvan het midden buiten de gemeente ligt */
                            buitenRaster: number;
                            cellenTotaal: number;
                            /** @description alleen cellen met incidenten of een significante uitkomst */
                            cellen: {
                                cel: number;
                                aantal: number;
                                z: number;
                                /** @description FDR-gecorrigeerde p (Benjamini-Hochberg) */
                                q: number;
                                klasse: "heet" | "koud" | "geen";
                                /** @description de cel in WGS84 */
                                geometrie: {
                                    /** @enum {string} */
                                    type: "Polygon";
                                    coordinates: number[][][];
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analyse/concentratie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Concentratie: aandeel incidenten in de top x % van buurten of rastercellen, Gini, Lorenz-curve */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description soortcodes; standaard: woninginbraak (1.1.1) */
                        soorten?: string[];
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        van: string;
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        tot: string;
                        /** @default buurt */
                        niveau: "raster" | "buurt";
                        celMeter?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            niveau: "raster" | "buurt";
                            eenheden: number;
                            gebeurtenissen: number;
                            top: {
                                topAandeel: number;
                                eenheden: number;
                                aandeelGebeurtenissen: number;
                            }[];
                            gini: number;
                            giniGegeneraliseerd: number;
                            giniGegeneraliseerdZuiver: number;
                            lorenz: [
                                number,
                                number
                            ][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analyse/wdd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Effect van een interventie: weighted displacement difference voor doelgebied, buffer en controlegebied */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description soortcodes; standaard: woninginbraak (1.1.1) */
                        soorten?: string[];
                        doel: string[];
                        buffer: string[];
                        controle: string[];
                        voor: {
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            van: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            tot: string;
                        };
                        na: {
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            van: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            tot: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aantallen: {
                                doel: {
                                    voor: number;
                                    na: number;
                                };
                                buffer: {
                                    voor: number;
                                    na: number;
                                };
                                controle: {
                                    voor: number;
                                    na: number;
                                };
                            };
                            wdd: number;
                            se: number;
                            z: number;
                            p: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Probleem (RFC 9457) */
        "def-0": {
            /** @description URI die het soort probleem aanduidt */
            type: string;
            /** @description Korte samenvatting in het Nederlands */
            title: string;
            /** @description HTTP-statuscode */
            status: number;
            /** @description Uitleg voor dit geval */
            detail?: string;
            /** @description Pad van het verzoek */
            instance?: string;
            /** @description Stabiele foutcode */
            code: "validatie" | "ongeldige_url" | "ongeldige_json" | "ongeldige_coordinaten" | "niet_ingelogd" | "inloggen_mislukt" | "geen_toegang" | "csrf" | "niet_gevonden" | "buiten_gemeente" | "methode_niet_toegestaan" | "conflict" | "te_groot" | "url_te_lang" | "mediatype" | "te_veel_verzoeken" | "interne_fout" | "niet_beschikbaar";
            /** @description Id van het verzoek, ook in de logs */
            requestId?: string;
            /** @description Fouten per veld */
            fouten?: {
                veld: string;
                melding: string;
            }[];
        };
        /** Gebruiker */
        "def-1": {
            /** Format: uuid */
            id: string;
            /** @description E-mailadres, ook de inlognaam */
            email: string;
            naam: string;
            actief: boolean;
            /** @description Demo-account (alleen in demomodus) */
            demo: boolean;
            organisatie: {
                id: string;
                code: string;
                naam: string;
            };
            /** @description Codes van de rollen */
            rollen: string[];
            /** @description Permissiecodes (catalogus: GET /api/rollen) */
            permissies: string[];
            /** Format: date-time */
            laatstIngelogdOp: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
