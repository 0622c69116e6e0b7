/**
 * The search dialog, loaded on demand: queries Pagefind's index and shows title, phase and excerpt for each
 * result, as a listbox the keyboard can walk (↑ ↓ Enter), following the ARIA combobox pattern.
 */
import { countLabel } from '../lib/plural.ts';
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
const list = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
const base = dialog.dataset['base'] ?? '/';
const MAX_RESULTS = 8;

let pagefind: Promise<Pagefind> | undefined;
let active = -1;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 24 });
    return module;
  })();
  return pagefind;
}

function options(): HTMLLIElement[] {
  return [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
}

function setActive(index: number): void {
  const all = options();
  if (!all.length) return;
  active = (index + all.length) % all.length;
  all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
  input.setAttribute('aria-activedescendant', all[active]!.id);
  all[active]!.scrollIntoView({ block: 'nearest' });
}

function render(results: PagefindResultData[], query: string): void {
  list.replaceChildren(
    ...results.map((result, i) => {
      const option = document.createElement('li');
      option.id = `search-result-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      const link = document.createElement('a');
      link.href = result.url;
      link.tabIndex = -1;
      const title = document.createElement('strong');
      title.textContent = result.meta['title'] ?? result.url;
      const phase = document.createElement('span');
      phase.className = 'search-results__phase';
      phase.textContent = result.meta['phase'] ?? '';
      const excerpt = document.createElement('span');
      excerpt.className = 'search-results__excerpt';
      // Pagefind escapes the page text and adds only <mark> around the matches.
      excerpt.innerHTML = result.excerpt;
      link.append(title, phase, excerpt);
      option.append(link);
      return option;
    }),
  );
  active = -1;
  input.removeAttribute('aria-activedescendant');
  input.setAttribute('aria-expanded', String(results.length > 0));
  status.textContent = query
    ? results.length
      ? `${countLabel(results.length, 'result')} for “${query}”.`
      : `No notes match “${query}”.`
    : 'Type to search every note. ↑ ↓ to choose, Enter to open.';
}

async function search(): Promise<void> {
  const query = input.value.trim();
  if (!query) return render([], '');
  status.textContent = 'Searching…';
  const engine = await loadPagefind();
  const found = await engine.debouncedSearch(query, {}, 120);
  if (!found) return; // A newer query replaced this one.
  const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (input.value.trim() === query) render(results, query);
}

input.addEventListener('input', () => void search().catch(() => (status.textContent = 'Search is not available right now.')));
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    setActive(active + 1);
  } else if (event.key === 'ArrowUp') {
    event.preventDefault();
    setActive(active - 1);
  } else if (event.key === 'Enter') {
    const target = options()[Math.max(active, 0)]?.querySelector('a');
    if (target) {
      event.preventDefault();
      window.location.assign(target.href);
    }
  }
});
list.addEventListener('mousemove', (event) => {
  const option = (event.target as HTMLElement).closest<HTMLLIElement>('[role="option"]');
  if (option) setActive(options().indexOf(option));
});
dialog.addEventListener('click', (event) => {
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  if (event.target === dialog) dialog.close();
});

/** Opens the dialog with the cursor in the search box, and starts loading the index. */
export function openSearch(): void {
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  void loadPagefind().catch(() => (status.textContent = 'Search is not available right now.'));
}
