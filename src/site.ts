/**
 * Site-wide settings read at build time. Deployment values come from the environment
 * (see astro.config.mjs); nothing here is secret.
 */
export const SITE = {
  title: 'VFIO/IOMMU/PCI MC archive',
  /** Long name for the home page and meta tags. */
  longTitle: 'Linux Plumbers VFIO/IOMMU/PCI microconference archive',
  /** Base of "Edit this page" links; the file's path in the repository is appended. */
  editUrl: process.env.EDIT_URL ?? '',
  lang: 'en',
  /**
   * Hosts a recording link may point to (a host or any of its subdomains). A link elsewhere
   * is refused by the content check, so a typo or a tracker cannot slip in as a "recording".
   */
  recordingHosts: [
    'youtube.com',
    'youtu.be',
    'lpc.events',
    'linuxplumbersconf.org',
    'indico.freedesktop.org',
  ],
} as const;
