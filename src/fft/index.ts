// np.fft: so far the helpers that need no complex dtype (helpers.ts); the transforms come with it.
import { fftfreq, rfftfreq, fftshift, ifftshift } from "./helpers.js";

export const fft = { fftfreq, rfftfreq, fftshift, ifftshift };
