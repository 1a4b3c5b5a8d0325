import type { Contact, Locale, PolicyPack, Settings } from '../rules/schema';
import { ASK_FIRST_CITATION } from '../rules/schema';
import { packKey, type Translate } from './i18n';
import { ManagedBadge } from './ManagedBadge';
import { AskFirstGuidance } from './Message';

export interface OverviewProps {
  organization: Settings['organization'];
  packs: PolicyPack[];
  locale: Locale;
  /** The organization set its name and contacts through managed policy. */
  managed: boolean;
  t: Translate;
}

/** One person or office to ask, with mail and phone links (also the welcome page's). */
export function ContactItem({ contact, t }: { contact: Contact; t: Translate }) {
  const role = t.text(contact.role);
  return (
    <li class="contact">
      <strong>{role}</strong>
      {contact.name ? <span>: {contact.name}</span> : null}
      <span class="contact-links">
        {contact.email ? (
          <a href={`mailto:${contact.email}`} aria-label={t('contactEmailLabel', role, contact.email)}>
            {contact.email}
          </a>
        ) : null}
        {contact.phone ? (
          <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} aria-label={t('contactPhoneLabel', role, contact.phone)}>
            {contact.phone}
          </a>
        ) : null}
        {contact.url && /^https:\/\//i.test(contact.url) ? (
          <a href={contact.url} target="_blank" rel="noreferrer noopener">
            {t('contactWebsite')}
          </a>
        ) : null}
      </span>
    </li>
  );
}

/** Who the organization is, what policy applies, whom to ask, and the two reminders that always apply. */
export function Overview({ organization, packs, locale, managed, t }: OverviewProps) {
  return (
    <div class="overview">
      <p class="org-name">
        {organization.name ? t('overviewOrganization', organization.name) : t('overviewNoOrganization')}{' '}
        {managed ? <ManagedBadge t={t} /> : null}
      </p>
      <h3>{t('overviewPacksHeading')}</h3>
      <ul>
        {packs.map((p) => (
          <li key={p.id}>
            {p.name[locale]} <span class="muted">({t.plural('ruleCount', p.rules.length)})</span>
          </li>
        ))}
      </ul>
      <h3>{t('optionsAskHeading')}</h3>
      <blockquote class="policy-words">
        <p>
          <AskFirstGuidance t={t} />
        </p>
        <cite class="citation">
          {t('citation', t(packKey(ASK_FIRST_CITATION.pack)), ASK_FIRST_CITATION.section, ASK_FIRST_CITATION.title)}
        </cite>
      </blockquote>
      <h3>{t('overviewContactsHeading')}</h3>
      {organization.contacts.length ? (
        <ul class="contacts">
          {organization.contacts.map((c, i) => (
            <ContactItem key={`${c.role}:${i}`} contact={c} t={t} />
          ))}
        </ul>
      ) : (
        <p>{t('overviewNoContacts')}</p>
      )}
      <h3>{t('overviewRemindersHeading')}</h3>
      <ul class="reminders">
        <li>
          {t('reminderNotPrivate')} <cite class="citation">{t('citation', t('pack_el_paso'), 'III.A.4', t('reminderNotPrivateTitle'))}</cite>
        </li>
        <li>
          {t('reminderOpenRecords')}{' '}
          <cite class="citation">{t('citation', t('pack_el_paso'), 'III.A.5.c.6', t('reminderOpenRecordsTitle'))}</cite>
        </li>
      </ul>
    </div>
  );
}
