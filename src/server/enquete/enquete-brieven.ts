import PDFDocument from 'pdfkit';

export interface Brief {
  code: string;
  buurt: string;
}

/**
 * Invitation letters as a PDF, one A4 page per code, ready for the print shop (the CBS Veiligheidsmonitor
 * invites by letter with a personal code too). pdfkit's built-in Helvetica covers Dutch accents (WinAnsi).
 * Text at B1 level; nothing on the letter identifies the resident: the address goes on the envelope.
 */
export function brievenPdf(b: { gemeente: string; ronde: string; url: string; brieven: Brief[] }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 }, info: { Title: `${b.ronde} — uitnodigingen`, Author: `Gemeente ${b.gemeente}` } });
    const delen: Buffer[] = [];
    doc.on('data', (d: Buffer) => delen.push(d));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
    b.brieven.forEach((brief, i) => {
      if (i > 0) doc.addPage();
      doc.font('Helvetica-Bold').fontSize(14).text(`Gemeente ${b.gemeente}`);
      doc.moveDown(2);
      doc.font('Helvetica-Bold').fontSize(16).text(b.ronde);
      doc.moveDown();
      doc.font('Helvetica').fontSize(11);
      doc.text('Beste bewoner,');
      doc.moveDown();
      doc.text(
        `Hoe veilig voelt u zich in ${brief.buurt}? Dat willen we graag van u weten. Doet u mee aan ons onderzoek? ` +
          'Het kost ongeveer 5 minuten. We vragen niet naar uw naam of adres.',
      );
      doc.moveDown();
      doc.text('Zo doet u mee:');
      doc.text(`1. Ga naar ${b.url}`, { indent: 12 });
      doc.text('2. Vul deze code in:', { indent: 12 });
      doc.moveDown(0.5);
      doc.font('Courier-Bold').fontSize(20).text(brief.code, { indent: 24 });
      doc.moveDown(0.5);
      doc.font('Helvetica').fontSize(11).text('De code is alleen voor u en werkt één keer.');
      doc.moveDown();
      doc.text('Met vriendelijke groet,');
      doc.text(`Gemeente ${b.gemeente}`);
    });
    doc.end();
  });
}
