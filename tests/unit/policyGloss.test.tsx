import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingCard } from '../../components/FindingCard';
import { citationText, createTranslate } from '../../components/i18n';
import { compilePolicy, evaluate } from '../../rules';
import { sectionFor } from '../../rules/policy/cited';

afterEach(cleanup);

const both = compilePolicy({ packs: ['el-paso', 'harlingen'] });
const harlingen = compilePolicy({ packs: ['harlingen'] });
const card = (text: string, locale: 'en' | 'es', compiled = both) => {
  const findings = evaluate(text, compiled, { locale });
  const { container } = render(<FindingCard findings={findings} t={createTranslate(locale)} onEdit={() => {}} onClose={() => {}} />);
  return { container, findings };
};

describe('the policy in Spanish on the card (issue 17)', () => {
  it('cites the section by its Spanish title and shows the quote translated, marked so, with the English original in lang="en"', () => {
    const { container } = card('This is bullshit', 'es');
    expect(container.querySelector('cite')!.textContent).toBe('Política de redes sociales de El Paso, sección III.A.5.a: Mensajes ofensivos, denigrantes o perturbadores');
    const gloss = container.querySelector('.finding .policy-gloss')!;
    expect(gloss.querySelector('.translation')!.textContent).toBe(
      'Traducción (el texto oficial es el original en inglés): Se prohíben los mensajes ofensivos, denigrantes o perturbadores. Esto incluye, entre otros, los mensajes que contradigan la política de la Ciudad sobre igualdad de oportunidades en el empleo y su política que prohíbe el acoso sexual y otras formas de acoso ilícito.',
    );
    const original = gloss.querySelector('details blockquote')!;
    expect(original.getAttribute('lang')).toBe('en');
    expect(original.textContent).toMatch(/^Offensive, demeaning or disruptive messages are prohibited\./);
    expect(gloss.querySelector('summary')!.textContent).toBe('Ver el texto original en inglés');
  });

  it('glosses a heading used as a section (Harlingen), once per section however many findings cite it', () => {
    const { container, findings } = card('This is bullshit and fuck this', 'es', harlingen);
    expect(findings.length).toBe(2);
    expect(container.querySelector('cite')!.textContent).toBe('Política de redes sociales de Harlingen, sección Contenido prohibido: Lenguaje grosero');
    expect(container.querySelectorAll('.finding .policy-gloss')).toHaveLength(1);
    expect(container.querySelector('.policy-gloss q[lang="es"]')!.textContent).toBe('La política prohíbe: lenguaje grosero');
  });

  it('leaves the English card as it was: the policy’s own title, no gloss', () => {
    const { container } = card('This is bullshit', 'en');
    expect(container.querySelector('cite')!.textContent).toBe('El Paso Social Media Policy, section III.A.5.a: Offensive, demeaning or disruptive messages');
    expect(container.querySelector('.policy-gloss')).toBeNull();
  });

  it('every built-in citation the engine makes has its Spanish citation text', () => {
    const t = createTranslate('es');
    for (const f of evaluate('fuck you, vote for Smith for mayor, call me at (915) 555-2368, my password: Tr0ub4dor&3, DM me for prices', both, { locale: 'es' })) {
      const s = sectionFor(f.citation)!;
      expect(citationText(f.citation, t)).toContain(s.es.title);
    }
  });
});
