import localFont from 'next/font/local';

// The family names come from these constants' names. Self-hosted: next/font/google would fetch at build time, and readers' browsers never ask
// another origin for a font. The files are the npm packages' fonts cut down by
// scripts/subset-fonts.mjs to Swedish and English text and the weights the stylesheet uses.
export const sourceSerif = localFont({
  src: [{ path: '../.fonts/serif-normal.woff2', style: 'normal', weight: '400 700' }],
  variable: '--font-serif',
  display: 'swap',
  fallback: ['Georgia', 'Cambria', 'Times New Roman', 'serif'],
});

// A family of its own, not preloaded: only a page with emphasis downloads it (app/globals.css).
export const sourceSerifItalic = localFont({
  src: [{ path: '../.fonts/serif-italic.woff2', style: 'italic', weight: '400' }],
  variable: '--font-serif-italic',
  display: 'swap',
  preload: false,
  fallback: ['Georgia', 'Cambria', 'Times New Roman', 'serif'],
});

export const inter = localFont({
  src: [{ path: '../.fonts/sans-normal.woff2', style: 'normal', weight: '400 700' }],
  variable: '--font-sans',
  display: 'swap',
  fallback: ['system-ui', 'Segoe UI', 'Helvetica Neue', 'Arial', 'sans-serif'],
});

/** The classes that make the three families available to a document's stylesheet. */
export const fontVariables = `${sourceSerif.variable} ${sourceSerifItalic.variable} ${inter.variable}`;
