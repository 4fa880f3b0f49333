// Reads QR codes on the device with jsQR, loaded only when the scanner is first used.

type JsQr = typeof import('jsqr').default;

let decoder: Promise<JsQr> | null = null;

function loadDecoder(): Promise<JsQr> {
  decoder ??= import('jsqr').then((module) => module.default);
  return decoder;
}

/** Largest side, in pixels, a picture is read at: enough for a badge, quick on a phone. */
const sides = [1200, 800, 500];

/** The text of the first QR code found in a picture (a photo or a screenshot), or null when none is found. */
export async function decodeImage(file: Blob): Promise<string | null> {
  const jsQR = await loadDecoder();
  const bitmap = await createImageBitmap(file);
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) {
      return null;
    }
    // A photo is tried at a few sizes: jsQR finds a code more easily when its modules are a few pixels wide.
    let lastWidth = 0;
    for (const side of sides) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      if (Math.round(bitmap.width * scale) === lastWidth) {
        continue;
      }
      lastWidth = Math.round(bitmap.width * scale);
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
      const found = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
      if (found?.data) {
        return found.data;
      }
    }
    return null;
  } finally {
    bitmap.close();
  }
}

/** Whether the device has a camera the page could ask for. */
export async function hasCamera(): Promise<boolean> {
  if (!navigator.mediaDevices?.getUserMedia || !navigator.mediaDevices.enumerateDevices) {
    return false;
  }
  try {
    return (await navigator.mediaDevices.enumerateDevices()).some((device) => device.kind === 'videoinput');
  } catch {
    return false;
  }
}

/** Whether the person already allowed the camera (then the scanner may start it without asking). */
export async function cameraAllowed(): Promise<boolean> {
  try {
    return (await navigator.permissions.query({ name: 'camera' as PermissionName })).state === 'granted';
  } catch {
    return false;
  }
}

export interface CameraScanner {
  stop(): void;
}

/**
 * Shows the back camera in `video` and reads a few frames a second until a QR code is found; `onCode` gets its
 * text (the scanner keeps running: the caller stops it). Rejects when the camera is refused or missing.
 */
export async function startCameraScanner(video: HTMLVideoElement, onCode: (text: string) => void): Promise<CameraScanner> {
  const jsQR = await loadDecoder();
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
  video.srcObject = stream;
  video.muted = true;
  video.setAttribute('playsinline', '');
  await video.play().catch(() => undefined);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped || !context || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) {
      return;
    }
    const scale = Math.min(1, 720 / Math.max(video.videoWidth, video.videoHeight));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    const found = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'dontInvert' });
    if (found?.data) {
      onCode(found.data);
    }
  }, 200);
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      for (const track of stream.getTracks()) {
        track.stop();
      }
      video.srcObject = null;
    },
  };
}
