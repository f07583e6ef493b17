import autocannon from 'autocannon';
import { rng } from './lib.ts';
const r = rng(3);
const T = ['Jongeren hangen elke avond rond bij het speelplein en maken veel lawaai.', 'De straatlantaarn voor ons huis is al een week kapot.', 'Er wordt gedeald vanuit een auto bij de ingang van het park.'];
const res = await autocannon({ url: 'http://127.0.0.1:8124', connections: 50, duration: 8, requests: [{ method: 'POST', path: '/api/meldingen', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: JSON.stringify({ omschrijving: T[Math.floor(r() * T.length)], locatie: { lon: 5.66 + r() * 0.06, lat: 50.83 + r() * 0.04 } }) }) }] });
console.log(res.requests.average, res.latency.p99, res.non2xx);
