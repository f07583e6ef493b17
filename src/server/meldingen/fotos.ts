import sharp from 'sharp';
import { AppError, type FieldError } from '../platform/errors.ts';

export const MAX_FOTO_BYTES = 5 * 1024 * 1024;
export const MAX_FOTOS = 3;
/**
 * A small file can declare a huge image (a "decompression bomb": a 16,000 × 16,000 PNG of one colour is a
 * few hundred kB and 768 MB once decoded). 50 megapixel is above any phone camera's normal mode.
 */
export const MAX_FOTO_PIXELS = 50_000_000;
const TOEGESTAAN = new Set(['jpeg', 'png', 'webp']);

export interface VerwerkteFoto {
  mediatype: 'image/jpeg';
  breedte: number;
  hoogte: number;
  inhoud: Buffer;
}

/**
 * Check and clean uploaded photos before anything is stored: the real format is read from the bytes (not the
 * name), size and type are limited, and each image is decoded and re-encoded as JPEG by sharp (libvips).
 * Re-encoding drops all metadata — EXIF GPS positions, camera serials, owner names — and any payload hidden
 * after the image data; the EXIF orientation is applied first so the photo stays upright.
 */
export async function verwerkFotos(base64s: string[]): Promise<VerwerkteFoto[]> {
  const fouten: FieldError[] = [];
  if (base64s.length > MAX_FOTOS) fouten.push({ veld: 'fotos', melding: `maximaal ${MAX_FOTOS} foto's` });
  const out: VerwerkteFoto[] = [];
  for (const [i, b64] of base64s.entries()) {
    const veld = `fotos/${i}`;
    const data = b64.replace(/^data:[^;]+;base64,/, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
      fouten.push({ veld, melding: 'geen geldige base64-gegevens' });
      continue;
    }
    const buf = Buffer.from(data, 'base64');
    if (buf.length > MAX_FOTO_BYTES) {
      fouten.push({ veld, melding: `de foto is groter dan ${MAX_FOTO_BYTES / 1024 / 1024} MB` });
      continue;
    }
    let meta: sharp.Metadata;
    try {
      // Reads the header only; nothing is decoded yet.
      meta = await sharp(buf, { failOn: 'error', limitInputPixels: false }).metadata();
      if (!meta.format || !TOEGESTAAN.has(meta.format)) throw new Error('type');
    } catch {
      fouten.push({ veld, melding: 'dit is geen foto; alleen JPEG, PNG of WebP' });
      continue;
    }
    if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_FOTO_PIXELS) {
      fouten.push({ veld, melding: `de foto heeft te veel pixels (${meta.width} × ${meta.height}); maximaal ${MAX_FOTO_PIXELS / 1_000_000} megapixel` });
      continue;
    }
    try {
      // limitInputPixels again, in case the header and the data disagree.
      const { data: inhoud, info } = await sharp(buf, { failOn: 'error', limitInputPixels: MAX_FOTO_PIXELS })
        .rotate()
        .resize({ width: 2000, height: 2000, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 85, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      out.push({ mediatype: 'image/jpeg', breedte: info.width, hoogte: info.height, inhoud });
    } catch {
      fouten.push({ veld, melding: 'dit is geen foto; alleen JPEG, PNG of WebP' });
    }
  }
  if (fouten.length) throw new AppError('validatie', "De foto's kunnen niet worden toegevoegd; de melding is niet verstuurd.", fouten);
  return out;
}
