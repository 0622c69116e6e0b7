/**
 * Preview cards for links to other topics in a note's body, loaded on the first hover or keyboard focus of a link
 * (see TopicEnhancements). The card shows the topic's title, status, phase and summary (and the heading, for a
 * `#heading` link) from the topic's `preview.json`; everything is written as text, never as markup.
 */
import { PREVIEW_FILE, previewPlacement, type TopicPreview } from '../lib/link-preview.ts';

const HOVER_DELAY_MS = 300;
// The card's own styles come with it, so pages that never show one do not carry them. A constructed stylesheet is
// the script's, not a <style> element, so the page's Content-Security-Policy needs no hash for it.
const CARD_CSS = `.link-preview{position:absolute;z-index:60;width:min(22rem,calc(100vw - 1rem));padding:0.75rem 0.9rem;font-size:0.9rem;line-height:1.5;pointer-events:none}.link-preview[hidden]{display:none}.link-preview p{margin:0}.link-preview__title{font-weight:700;font-size:1rem;line-height:1.35}.link-preview__heading{font-weight:600;color:var(--text-muted)}.link-preview__meta{margin:0.2rem 0 0.35rem !important;font-size:0.82rem;color:var(--text-muted)}.link-preview__status{font-weight:700}.link-preview__status--done{color:var(--done)}.link-preview__status--in-progress{color:var(--progress)}.link-preview__status--planned{color:var(--planned)}`;
const requests = new Map<string, Promise<TopicPreview | undefined>>();

function previewOf(url: string): Promise<TopicPreview | undefined> {
  let request = requests.get(url);
  if (!request) {
    // A missing or broken file only means no card: the link itself still works.
    request = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<TopicPreview>) : undefined))
      .catch(() => undefined);
    requests.set(url, request);
  }
  return request;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Starts previews for topic links inside `root`; `topicsPath` is `<base>topics/`. `first` is the event that loaded it. */
export function startLinkPreviews(root: HTMLElement, topicsPath: string, first: Event): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const card = element('div', 'link-preview floating-panel');
  card.id = 'link-preview';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);

  let shownFor: HTMLAnchorElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: HTMLAnchorElement | undefined;

  /** The topic link an event is about, if any: same site, `<base>topics/<slug>/`, not this page. */
  const topicLink = (target: EventTarget | null): HTMLAnchorElement | undefined => {
    const link = target instanceof Element ? target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || !root.contains(link) || link.origin !== location.origin) return undefined;
    const rest = link.pathname.startsWith(topicsPath) ? link.pathname.slice(topicsPath.length) : '';
    return /^[a-z0-9]+(?:-[a-z0-9]+)*\/$/.test(rest) && link.pathname !== location.pathname ? link : undefined;
  };

  const hide = () => {
    clearTimeout(timer);
    pending = undefined;
    if (!shownFor) return;
    shownFor.removeAttribute('aria-describedby');
    shownFor = undefined;
    card.hidden = true;
  };

  const show = async (link: HTMLAnchorElement) => {
    pending = link;
    const preview = await previewOf(new URL(PREVIEW_FILE, link.href.split('#')[0]).href);
    if (pending !== link || !preview) return;
    const heading = link.hash ? preview.headings[decodeURIComponent(link.hash.slice(1))] : undefined;
    const meta = element('p', 'link-preview__meta');
    meta.append(
      element('span', `link-preview__status link-preview__status--${preview.status}`, preview.statusLabel),
      ` · ${preview.phase}`,
    );
    card.replaceChildren(
      element('p', 'link-preview__title', preview.title),
      ...(heading ? [element('p', 'link-preview__heading', `§ ${heading}`)] : []),
      meta,
      element('p', 'link-preview__summary', preview.summary),
    );
    card.hidden = false;
    const box = link.getBoundingClientRect();
    const place = previewPlacement(box, card.getBoundingClientRect(), { width: document.documentElement.clientWidth, height: innerHeight });
    card.style.top = `${place.top + scrollY}px`;
    card.style.left = `${place.left + scrollX}px`;
    card.dataset['side'] = place.side;
    shownFor = link;
    link.setAttribute('aria-describedby', card.id);
  };

  const hoverSoon = (link: HTMLAnchorElement | undefined) => {
    if (!link || link === shownFor || link === pending) return;
    hide();
    pending = link;
    timer = setTimeout(() => void show(link), HOVER_DELAY_MS);
  };
  // A touch just follows the link: no card in the way of the next page.
  const onPointerOver = (event: Event) => (event as PointerEvent).pointerType !== 'touch' && hoverSoon(topicLink(event.target));
  const onPointerOut = (event: Event) => {
    const link = topicLink(event.target);
    const into = (event as PointerEvent).relatedTarget;
    if (link && !(into instanceof Node && link.contains(into)) && document.activeElement !== link) hide();
  };
  const showFocused = (target: EventTarget | null) => {
    const link = topicLink(target);
    // Keyboard focus only: a tap also focuses the link, and must just follow it.
    if (link && link.matches(':focus-visible')) {
      hide();
      void show(link);
    }
  };

  root.addEventListener('pointerover', onPointerOver);
  root.addEventListener('pointerout', onPointerOut);
  root.addEventListener('focusin', (event) => showFocused(event.target));
  root.addEventListener('focusout', hide);
  document.addEventListener('keydown', (event) => event.key === 'Escape' && hide());
  addEventListener('resize', hide);

  // The event that loaded this script asked for a card too: for the link focused or pointed at now, since focus or
  // the pointer may have moved on while the script loaded.
  const focused = document.activeElement;
  if (focused && root.contains(focused)) showFocused(focused);
  else if ((first as PointerEvent).pointerType !== 'touch')
    hoverSoon(topicLink([...root.querySelectorAll('a[href]:hover')].at(-1) ?? null));
}
