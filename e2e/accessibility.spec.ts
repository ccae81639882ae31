import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pages';

const WIDTHS = { phone: { width: 375, height: 800 }, desktop: { width: 1280, height: 900 } };
const SCHEMES = ['light', 'dark'] as const;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const pageType of PAGE_TYPES) {
  test(`${pageType.name}: no axe violations in both languages, at phone and desktop width, light and dark`, async ({ page }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    for (const path of [pageType.sv, pageType.en]) {
      for (const [widthName, viewport] of Object.entries(WIDTHS)) {
        await page.setViewportSize(viewport);
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'no-preference' });
          await page.goto(path);
          for (const violation of await axeViolations(page)) problems.push(`${path} ${widthName} ${scheme}: ${violation}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
}

for (const pageType of PAGE_TYPES) {
  test(`${pageType.name}: one h1, no skipped heading levels, landmarks, alt texts, lang on other-language passages`, async ({ page }) => {
    for (const path of [pageType.sv, pageType.en]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
      for (let index = 1; index < levels.length; index += 1) {
        expect(levels[index]! - levels[index - 1]!, `${path}: heading levels ${levels.join(',')}`).toBeLessThanOrEqual(1);
      }
      await expect(page.getByRole('banner'), path).toHaveCount(1);
      await expect(page.getByRole('main'), path).toHaveCount(1);
      await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: /Huvudmeny|Main menu/ }), path).toHaveCount(1);
      const missingAlt = await page.locator('img:not([alt])').count();
      expect(missingAlt, path).toBe(0);
      await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/en') ? 'en' : 'sv');
    }
  });
}

test('the skip link is the first stop for the keyboard and moves focus to the main content', async ({ page }) => {
  await page.goto('/artiklar/nya-satsningar-pa-smart-industri');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab stop is inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
});

test('the navigation is reachable by keyboard in order, each stop with a visible focus indicator', async ({ page }) => {
  await page.goto('/');
  const expected = ['Hoppa till innehållet', 'Regionbloggen', 'In English', 'Artiklar', 'Ämnen', 'Skribenter', 'Arkiv', 'Sök'];
  for (const name of expected) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { text: element.textContent?.trim() ?? '', outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focused.text).toBe(name);
    expect(focused.outline).not.toBe('none');
    expect(focused.width).toBeGreaterThanOrEqual(2);
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sok$/);
});

test('every interactive element on an article page shows a focus indicator', async ({ page }) => {
  await page.goto('/artiklar/nya-satsningar-pa-smart-industri');
  const count = await page.locator('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').count();
  for (let index = 0; index < count; index += 1) {
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const computed = getComputedStyle(element);
      return { tag: element.tagName, outline: computed.outlineStyle, width: parseFloat(computed.outlineWidth) };
    });
    expect(style.outline, `stop ${index} (${style.tag})`).not.toBe('none');
    expect(style.width, `stop ${index} (${style.tag})`).toBeGreaterThanOrEqual(2);
  }
});

test('every "Läs hela artikeln" link names its article to assistive technology', async ({ page }) => {
  for (const path of ['/', '/artiklar/nya-satsningar-pa-smart-industri', '/en']) {
    await page.goto(path);
    const links = page.getByRole('link', { name: /^(Läs hela artikeln|Read the full article)/ });
    const names = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? element.textContent ?? ''));
    expect(names.length, path).toBeGreaterThan(5);
    expect(new Set(names).size, path).toBe(names.length);
    for (const name of names) expect(name, path).toMatch(/^(Läs hela artikeln|Read the full article): .+/);
  }
});

// 320 CSS px is WCAG's reflow width; 640 × 450 is what a 1280 × 900 window shows at 200% zoom.
test('pages fit 320 px and 200% zoom without horizontal scrolling', async ({ page }) => {
  for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 450 }]) {
    await page.setViewportSize(viewport);
    for (const path of ['/', '/artiklar/nya-satsningar-pa-smart-industri', '/amnen', '/arkiv', '/arkiv/2018', '/skribenter/johan-genneby/sida/2', '/en/articles/eu-satsning-pa-testmiljoer-i-stockholm', '/sok']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(0);
    }
  }
});

test('nothing moves for readers who ask for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((element) => {
      const style = getComputedStyle(element);
      const duration = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) || 0));
      return (style.animationName !== 'none' && duration(style.animationDuration) > 0.01) || duration(style.transitionDuration) > 0.01;
    }).length,
  );
  expect(moving).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).not.toBe('smooth');
});

test('the accessibility statement has the sections the supervisor expects and is linked from every footer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighet' }).click();
  await expect(page).toHaveURL(/\/tillganglighet$/);
  for (const heading of ['Hur tillgänglig är webbplatsen?', 'Kända brister', 'Rapportera brister', 'Tillsyn']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
  await expect(page.getByRole('link', { name: /Digg/ })).toHaveAttribute('href', /digg\.se/);
  await page.goto('/en/archive');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  await expect(page).toHaveURL(/\/en\/accessibility$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Enforcement procedure' })).toBeVisible();
});

test('an article prints without navigation, with readable type and its link targets', async ({ page }) => {
  await page.goto('/artiklar/nya-satsningar-pa-smart-industri');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Relaterade inlägg' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const after = await page.getByRole('link', { name: 'Läs mer om Smart industri' }).evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('https://www.regeringen.se/');
  const fontSize = await page.locator('.article-prose p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(14);
});

test('the main navigation tells where the reader is', async ({ page }) => {
  const nav = () => page.getByRole('navigation', { name: 'Huvudmeny' });
  await page.goto('/artiklar');
  await expect(nav().getByRole('link', { name: 'Artiklar' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/artiklar/nya-satsningar-pa-smart-industri');
  await expect(nav().getByRole('link', { name: 'Artiklar' })).toHaveAttribute('aria-current', 'true');
  await expect(nav().getByRole('link', { name: 'Ämnen' })).not.toHaveAttribute('aria-current', /.+/);
  await page.goto('/amnen/smart-industri');
  await expect(nav().getByRole('link', { name: 'Ämnen' })).toHaveAttribute('aria-current', 'true');
  await page.goto('/');
  await expect(nav().locator('[aria-current]')).toHaveCount(0);
});
