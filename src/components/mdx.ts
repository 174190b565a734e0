/** Components that replace plain HTML elements in every MDX body the site renders. */
import MdxLink from './MdxLink.astro';

export const mdxComponents = { a: MdxLink };
