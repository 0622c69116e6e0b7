/**
 * Preview cards for links to other topics in a note's body, loaded on the first hover or keyboard focus of a link
 * (see TopicEnhancements). The card shows the topic's title, status, phase and summary (and the heading, for a
 * `#heading` link) from the topic's `preview.json`; everything is written as text, never as markup.
 */
import { PREVIEW_FILE, previewPlacement, type TopicPreview } from '../lib/link-preview.ts';

const HOVER_DELAY_MS = 300;
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
    meta.append(element('span', `link-preview__status link-preview__status--${preview.status}`, preview.statusLabel), ` · ${preview.phase}`);
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
  else if ((first as PointerEvent).pointerType !== 'touch') hoverSoon(topicLink([...root.querySelectorAll('a[href]:hover')].at(-1) ?? null));
}
