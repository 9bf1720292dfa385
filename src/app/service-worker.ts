/**
 * Registers the booth-mode service worker (vite-plugin-pwa / Workbox) in production builds, and
 * reports whether the app is ready to work offline.
 */
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
