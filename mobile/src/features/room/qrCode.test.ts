import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrModules, qrPath } from './qrCode';

/** Paints the modules (with a quiet zone) into RGBA pixels, `scale` pixels per module, as a camera would see them. */
function paint(modules: boolean[][], scale: number): { data: Uint8ClampedArray; size: number } {
  const margin = 4;
  const size = (modules.length + margin * 2) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((cells, row) =>
    cells.forEach((dark, col) => {
      if (!dark) {
        return;
      }
      for (let y = 0; y < scale; y += 1) {
        for (let x = 0; x < scale; x += 1) {
          const offset = (((row + margin) * scale + y) * size + (col + margin) * scale + x) * 4;
          data[offset] = data[offset + 1] = data[offset + 2] = 0;
        }
      }
    }),
  );
  return { data, size };
}

function finderAt(modules: boolean[][], top: number, left: number): boolean {
  // 7x7: dark ring, light ring, dark 3x3 centre.
  for (let r = 0; r < 7; r += 1) {
    for (let c = 0; c < 7; c += 1) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (modules[top + r]?.[left + c] !== (ring !== 2)) {
        return false;
      }
    }
  }
  return true;
}

describe('room QR code', () => {
  const url = 'https://wsis.example.org/#/session/s004';

  it('is a square symbol of a QR version size with the three finder patterns', () => {
    const modules = qrModules(url);
    const size = modules.length;
    expect((size - 17) % 4).toBe(0);
    expect(modules.every((row) => row.length === size)).toBe(true);
    expect(finderAt(modules, 0, 0)).toBe(true);
    expect(finderAt(modules, 0, size - 7)).toBe(true);
    expect(finderAt(modules, size - 7, 0)).toBe(true);
    expect(finderAt(modules, size - 7, size - 7)).toBe(false);
  });

  it('decodes back to the session link', () => {
    for (const text of [url, 'http://127.0.0.1:45123/#/session/s001', `https://forum.example.org/#/session/${'x'.repeat(120)}`]) {
      const { data, size } = paint(qrModules(text), 4);
      expect(jsQR(data, size, size)?.data).toBe(text);
    }
  });

  it('draws each run of dark modules as one path segment, shifted by the quiet zone', () => {
    const path = qrPath(
      [
        [true, true, false],
        [false, true, false],
      ],
      4,
    );
    expect(path).toBe('M4 4h2v1h-2zM5 5h1v1h-1z');
  });
});
