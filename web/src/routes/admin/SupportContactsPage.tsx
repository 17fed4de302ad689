import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  SUPPORT_KINDS,
  type SupportContact,
  type SupportContactInput,
  type SupportKind,
  useAddSupportContact,
  useDeleteSupportContact,
  useSupportContacts,
  useUpdateSupportContact,
} from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { focusIfLost } from '../../components/focus-if-lost';
import { Loading } from '../../components/Loading';
import { ModalDialog } from '../../components/ModalDialog';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';

type Action = { kind: 'add' } | { kind: 'edit' | 'remove'; contact: SupportContact };
/** The languages an organisation writes its contacts in: each text field once per language. */
const LANGS = ['en', 'es'] as const;
type Lang = (typeof LANGS)[number];
const TEXT_FIELDS = ['name', 'description', 'hours'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type LangKey = `${TextField}_${Lang}`;
type Draft = Record<'kind' | 'phone' | 'url' | 'sortOrder' | LangKey, string>;

const MAX_ORDER = 10_000;
const key = (field: TextField, lang: Lang) => `${field}_${lang}` as LangKey;

const toDraft = (c?: SupportContact): Draft => {
  const draft = { kind: c?.kind ?? 'employee-assistance', phone: c?.phone ?? '', url: c?.url ?? '', sortOrder: String(c?.sortOrder ?? 0) } as Draft;
  for (const field of TEXT_FIELDS) for (const lang of LANGS) draft[key(field, lang)] = c?.texts[field][lang] ?? '';
  return draft;
};

/** Every language of every text is sent: an emptied one is removed (null), so what is shown is what is kept. */
const texts = (d: Draft, field: TextField) => Object.fromEntries(LANGS.map((lang) => [lang, d[key(field, lang)].trim() || null])) as Record<Lang, string | null>;

const toInput = (d: Draft): SupportContactInput => ({
  kind: d.kind as SupportKind,
  name: texts(d, 'name'),
  description: texts(d, 'description'),
  phone: d.phone.trim() || null,
  url: d.url.trim() || null,
  hours: texts(d, 'hours'),
  sortOrder: d.sortOrder.trim() === '' ? 0 : Number(d.sortOrder),
});

/** The name to announce: in the admin's language when written, otherwise the other. */
const shownName = (d: Draft, lang: string) => d[key('name', lang === 'es' ? 'es' : 'en')].trim() || LANGS.map((l) => d[key('name', l)].trim()).find(Boolean) || '';

/**
 * Where people can find support outside their team (employee assistance, counselling, crisis
 * lines, peer support): an org admin keeps the list that sits beside every page of everyone's
 * well-being space.
 */
export function SupportContactsPage() {
  const { t } = useTranslation();
  const contacts = useSupportContacts();
  const remove = useDeleteSupportContact();
  const [action, setAction] = useState<Action | null>(null);
  const list = contacts.data?.supportContacts ?? [];
  const close = () => {
    if (action && 'contact' in action) focusIfLost(action.kind === 'edit' ? `contact-edit-${action.contact.id}` : 'contacts-heading');
    else focusIfLost('contacts-add');
    setAction(null);
  };
  const removing = action?.kind === 'remove' ? action.contact : null;

  return (
    <Page title={t('wellbeing.supportAdmin.title')} lead={<p>{t('wellbeing.supportAdmin.lead')}</p>}>
      <div className="toolbar">
        <Button id="contacts-add" className="button button-primary" onPress={() => setAction({ kind: 'add' })}>
          {t('wellbeing.supportAdmin.add')}
        </Button>
      </div>
      <section className="panel" aria-labelledby="contacts-heading">
        <h2 id="contacts-heading" tabIndex={-1}>
          {t('wellbeing.supportAdmin.listHeading')}
        </h2>
        {contacts.isPending ? <Loading /> : null}
        {contacts.error ? <Notice tone="error">{errorTitle(t, contacts.error)}</Notice> : null}
        {contacts.data && list.length === 0 ? <p>{t('wellbeing.supportAdmin.none')}</p> : null}
        {list.length > 0 ? (
          <TableRegion captionId="contacts-caption">
            <table>
              <caption id="contacts-caption">{t('wellbeing.supportAdmin.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('wellbeing.supportAdmin.fields.name')}</th>
                  <th scope="col">{t('wellbeing.supportAdmin.fields.kind')}</th>
                  <th scope="col">{t('wellbeing.supportAdmin.writtenIn')}</th>
                  <th scope="col">{t('wellbeing.supportAdmin.fields.phone')}</th>
                  <th scope="col">{t('wellbeing.supportAdmin.fields.hours')}</th>
                  <th scope="col">{t('wellbeing.supportAdmin.fields.sortOrder')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" lang={c.lang.name}>
                      {c.name}
                    </th>
                    <td>{t(`wellbeing.supportAdmin.kinds.${c.kind}`)}</td>
                    <td>{LANGS.filter((l) => c.texts.name[l]).map((l) => t(`wellbeing.supportAdmin.languages.${l}`)).join(', ')}</td>
                    <td>{c.phone ?? ''}</td>
                    <td lang={c.lang.hours ?? undefined}>{c.hours ?? ''}</td>
                    <td>{c.sortOrder}</td>
                    <td>
                      <div className="button-row">
                        <Button
                          id={`contact-edit-${c.id}`}
                          className="button button-secondary"
                          aria-label={t('wellbeing.supportAdmin.editNamed', { name: c.name })}
                          onPress={() => setAction({ kind: 'edit', contact: c })}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          className="button button-secondary"
                          aria-label={t('wellbeing.supportAdmin.removeNamed', { name: c.name })}
                          onPress={() => setAction({ kind: 'remove', contact: c })}
                        >
                          {t('wellbeing.supportAdmin.remove')}
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
      </section>

      <ModalDialog isOpen={action?.kind === 'add'} onClose={close} title={t('wellbeing.supportAdmin.addTitle')}>
        <ContactForm onDone={close} />
      </ModalDialog>
      <ModalDialog isOpen={action?.kind === 'edit'} onClose={close} title={action?.kind === 'edit' ? t('wellbeing.supportAdmin.editTitle', { name: action.contact.name }) : ''}>
        {action?.kind === 'edit' ? <ContactForm contact={action.contact} onDone={close} /> : null}
      </ModalDialog>
      <ConfirmDialog
        destructive
        isOpen={removing !== null}
        onClose={close}
        title={removing ? t('wellbeing.supportAdmin.removeTitle', { name: removing.name }) : ''}
        confirmLabel={t('wellbeing.supportAdmin.removeConfirm')}
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync(removing.id);
          announce(t('wellbeing.supportAdmin.removed', { name: removing.name }));
        }}
      >
        <p>{removing ? t('wellbeing.supportAdmin.removeExplain', { name: removing.name }) : ''}</p>
      </ConfirmDialog>
    </Page>
  );
}

/** Add a contact, or change one, each text in every language the organisation uses; inside a dialog. */
function ContactForm({ contact, onDone }: { contact?: SupportContact; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const add = useAddSupportContact();
  const update = useUpdateSupportContact();
  const errors = useFormErrors();
  const [draft, setDraft] = useState<Draft>(() => toDraft(contact));
  const busy = add.isPending || update.isPending;
  const set = (name: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const language = (lang: Lang) => t(`wellbeing.supportAdmin.languages.${lang}`);
  const labels = {
    kind: t('wellbeing.supportAdmin.fields.kind'),
    phone: t('wellbeing.supportAdmin.fields.phone'),
    url: t('wellbeing.supportAdmin.fields.url'),
    sortOrder: t('wellbeing.supportAdmin.fields.sortOrder'),
  } as Record<string, string>;
  for (const field of TEXT_FIELDS) {
    for (const lang of LANGS) labels[key(field, lang)] = t('wellbeing.supportAdmin.inLanguage', { field: t(`wellbeing.supportAdmin.fields.${field}`), language: language(lang) });
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (LANGS.every((l) => !draft[key('name', l)].trim())) missing[key('name', 'en')] = t('wellbeing.supportAdmin.nameMissing');
    if (draft.url.trim() && !/^https?:\/\/\S+$/i.test(draft.url.trim())) missing.url = t('wellbeing.supportAdmin.urlInvalid');
    const order = draft.sortOrder.trim();
    if (order !== '' && (!/^\d+$/.test(order) || Number(order) > MAX_ORDER)) missing.sortOrder = t('wellbeing.supportAdmin.orderInvalid', { max: MAX_ORDER });
    if (Object.keys(missing).length > 0) return errors.fail(t('form.fixFields', { count: Object.keys(missing).length }), missing);
    errors.clear();
    const input = toInput(draft);
    const name = shownName(draft, i18n.language);
    try {
      if (contact) {
        // send only what changed, so the audit trail names the fields that really changed
        const before = toInput(toDraft(contact));
        const patch = Object.fromEntries(Object.entries(input).filter(([k, v]) => JSON.stringify(before[k as keyof SupportContactInput]) !== JSON.stringify(v)));
        await update.mutateAsync({ id: contact.id, ...(patch as SupportContactInput) });
        announce(t('wellbeing.supportAdmin.saved', { name }));
      } else {
        await add.mutateAsync(input);
        announce(t('wellbeing.supportAdmin.added', { name }));
      }
      onDone();
    } catch (error) {
      // a problem with a whole text field (no name in any language) belongs to its first language's box
      const fields = fieldErrorsOf(error, (p) => problemText(t, p));
      for (const field of TEXT_FIELDS) {
        const moves: Array<[string, LangKey]> = [[field, key(field, 'en')], ...LANGS.map((lang): [string, LangKey] => [`${field}.${lang}`, key(field, lang)])];
        for (const [from, to] of moves) {
          if (fields[from] === undefined) continue;
          fields[to] = fields[from];
          delete fields[from];
        }
      }
      errors.fail(errorTitle(t, error), fields);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix="contact" labels={labels} />
      <SelectField id="contact-kind" label={labels.kind!} value={draft.kind} onChange={set('kind')} error={errors.field('kind')} required>
        {SUPPORT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`wellbeing.supportAdmin.kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <p className="hint">{t('wellbeing.supportAdmin.languagesHint')}</p>
      {LANGS.map((lang) => (
        <fieldset key={lang} className="fieldset">
          <legend>{t('wellbeing.supportAdmin.inLanguageLegend', { language: language(lang) })}</legend>
          <TextInput
            id={`contact-${key('name', lang)}`}
            label={labels[key('name', lang)]!}
            lang={lang}
            value={draft[key('name', lang)]}
            onChange={set(key('name', lang))}
            error={errors.field(key('name', lang))}
            autoComplete="off"
            maxLength={200}
          />
          <TextArea
            id={`contact-${key('description', lang)}`}
            label={labels[key('description', lang)]!}
            hint={t('wellbeing.supportAdmin.descriptionHint')}
            lang={lang}
            value={draft[key('description', lang)]}
            onChange={set(key('description', lang))}
            error={errors.field(key('description', lang))}
            maxLength={1000}
            rows={3}
          />
          <TextInput
            id={`contact-${key('hours', lang)}`}
            label={labels[key('hours', lang)]!}
            hint={t('wellbeing.supportAdmin.hoursHint')}
            lang={lang}
            value={draft[key('hours', lang)]}
            onChange={set(key('hours', lang))}
            error={errors.field(key('hours', lang))}
            autoComplete="off"
            maxLength={200}
          />
        </fieldset>
      ))}
      <TextInput id="contact-phone" label={labels.phone!} type="tel" value={draft.phone} onChange={set('phone')} error={errors.field('phone')} autoComplete="off" maxLength={50} />
      <TextInput
        id="contact-url"
        label={labels.url!}
        hint={t('wellbeing.supportAdmin.urlHint')}
        type="url"
        value={draft.url}
        onChange={set('url')}
        error={errors.field('url')}
        autoComplete="off"
        maxLength={500}
      />
      <TextInput
        id="contact-sortOrder"
        label={labels.sortOrder!}
        hint={t('wellbeing.supportAdmin.orderHint')}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_ORDER}
        className="input-short"
        value={draft.sortOrder}
        onChange={set('sortOrder')}
        error={errors.field('sortOrder')}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {contact ? t('common.saveChanges') : t('wellbeing.supportAdmin.addSubmit')}
        </Button>
        <Button className="button button-secondary" onPress={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
