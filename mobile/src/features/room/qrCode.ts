import { create } from 'qrcode';

const svgNs = 'http://www.w3.org/2000/svg';

/** The dark modules of the QR code for `text` (error correction M), as rows of booleans, without the quiet zone. */
export function qrModules(text: string): boolean[][] {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const rows: boolean[][] = [];
  for (let row = 0; row < modules.size; row += 1) {
    const cells: boolean[] = [];
    for (let col = 0; col < modules.size; col += 1) {
      cells.push(modules.get(row, col) === 1);
    }
    rows.push(cells);
  }
  return rows;
}

/** The SVG path of the dark modules, one run of neighbouring modules per segment, shifted by the quiet zone. */
export function qrPath(modules: readonly (readonly boolean[])[], margin: number): string {
  const parts: string[] = [];
  modules.forEach((cells, row) => {
    let col = 0;
    while (col < cells.length) {
      if (!cells[col]) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < cells.length && cells[col]) {
        col += 1;
      }
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`);
    }
  });
  return parts.join('');
}

/**
 * A QR code as an inline SVG: dark modules on white with the standard 4-module quiet zone, drawn crisp at any
 * size, so a phone at the back of a hall can read it from a projector. Made on the device: works offline.
 */
export function qrCodeSvg(text: string, label: string): SVGSVGElement {
  const margin = 4;
  const modules = qrModules(text);
  const size = modules.length + margin * 2;
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'qr-code');
  svg.setAttribute('data-testid', 'room-qr');
  svg.dataset.text = text;
  const background = document.createElementNS(svgNs, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', qrPath(modules, margin));
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}
