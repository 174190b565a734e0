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
} as const;
