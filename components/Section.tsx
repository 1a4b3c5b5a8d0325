import type { ComponentChildren } from 'preact';
import type { MessageKey, Translate } from './i18n';

/** One titled section of the options page; its id is the target of the page's navigation. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} class="panel">
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export interface SectionLink {
  id: string;
  title: MessageKey;
}

/** The page's table of contents: one link per section (options page, welcome page). */
export function SectionNav({ sections, label, t }: { sections: readonly SectionLink[]; label: string; t: Translate }) {
  return (
    <nav aria-label={label}>
      <ul>
        {sections.map((x) => (
          <li key={x.id}>
            <a href={`#${x.id}`}>{t(x.title)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
