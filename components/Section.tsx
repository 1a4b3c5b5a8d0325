import type { ComponentChildren } from 'preact';

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
