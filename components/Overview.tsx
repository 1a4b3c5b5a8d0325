import type { Contact, Locale, PolicyPack, Settings } from '../rules/schema';
import { askFirstForPacks } from '../rules/policy/cited';
import { PACK_IDS } from '../rules/packs';
import { citationText, type Translate } from './i18n';
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
  const askFirst = askFirstForPacks(packs);
  // A city's own policy (listed first) is cited as a whole for the two reminders; else El Paso's sections.
  const city = packs[0] && !(PACK_IDS as readonly string[]).includes(packs[0].id) ? (packs[0].reminders?.official_record ?? null) : null;
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
          <AskFirstGuidance t={t} askFirst={askFirst} />
        </p>
        {askFirst ? <cite class="citation">{citationText(askFirst, t)}</cite> : null}
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
          {t('reminderNotPrivate')}{' '}
          <cite class="citation">{city ? citationText(city, t) : t('citation', t('pack_el_paso'), 'III.A.4', t('reminderNotPrivateTitle'))}</cite>
        </li>
        <li>
          {t('reminderOpenRecords')}{' '}
          <cite class="citation">{city ? citationText(city, t) : t('citation', t('pack_el_paso'), 'III.A.5.c.6', t('reminderOpenRecordsTitle'))}</cite>
        </li>
      </ul>
    </div>
  );
}
