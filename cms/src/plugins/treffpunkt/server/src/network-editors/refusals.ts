/**
 * What a network editor reads when something is refused: which network the document belongs
 * to, or what to choose instead. A refused document is a 403 whose message Strapi keeps
 * (PolicyError; a ForbiddenError would become a bare "Forbidden"); a refused field value is a
 * 400 at that field, so the admin shows it next to the field and keeps the whole form as typed.
 * In the user's admin language when their profile names one, else in both.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, type TreffpunktUid } from 'treffpunkt-shared/content-types';
import { DEFAULT_LOCALE } from 'treffpunkt-shared/wire';
import { editorRefusal } from '../validation/editor-messages';
import { bilingual as t, type Bilingual } from 'treffpunkt-shared/locales';

const { network: NETWORK, event: EVENT } = CONTENT_TYPES;

const THIS_DOCUMENT: Record<TreffpunktUid, Bilingual> = {
  [CONTENT_TYPES.network]: t('Dieses Netzwerk', 'This network'),
  [CONTENT_TYPES.event]: t('Dieses Treffen', 'This meeting'),
  [CONTENT_TYPES.report]: t('Dieser Bericht', 'This report'),
};

export const REFUSALS = {
  belongsTo: (uid: TreffpunktUid, network: string) =>
    uid === NETWORK
      ? t(`„${network}“ ist keines Ihrer Netzwerke.`, `“${network}” is not one of your networks.`)
      : t(
          `${THIS_DOCUMENT[uid].de} gehört zu „${network}“ – das ist keines Ihrer Netzwerke.`,
          `${THIS_DOCUMENT[uid].en} belongs to “${network}”, which is not one of your networks.`,
        ),
  belongsToNone: (uid: TreffpunktUid) =>
    t(`${THIS_DOCUMENT[uid].de} gehört zu keinem Ihrer Netzwerke.`, `${THIS_DOCUMENT[uid].en} belongs to none of your networks.`),
  notYourNetwork: (network: string) =>
    t(
      `„${network}“ ist keines Ihrer Netzwerke; bitte wählen Sie eines Ihrer Netzwerke.`,
      `“${network}” is not one of your networks; please choose one of yours.`,
    ),
  chooseNetwork: () => t('Bitte wählen Sie eines Ihrer Netzwerke.', 'Please choose one of your networks.'),
  chooseParent: () =>
    t('Bitte wählen Sie eines Ihrer Netzwerke als übergeordnetes Netzwerk.', 'Please choose one of your networks as the parent network.'),
  chooseEvent: () => t('Bitte wählen Sie ein Treffen eines Ihrer Netzwerke.', 'Please choose a meeting of one of your networks.'),
  eventOfOtherNetwork: (event: string, network: string) =>
    t(
      `Das Treffen „${event}“ gehört zu „${network}“ – das ist keines Ihrer Netzwerke.`,
      `The meeting “${event}” belongs to “${network}”, which is not one of your networks.`,
    ),
  onlyParentEditorsMove: (network: string, parent: string) =>
    t(
      `„${network}“ gehört zu „${parent}“; nur dessen Redaktion kann es verschieben.`,
      `“${network}” belongs to “${parent}”; only its editors can move it.`,
    ),
  onlyAdministratorsDetach: (network: string, parent: string) =>
    t(
      `Nur die Administration kann „${network}“ aus „${parent}“ herauslösen.`,
      `Only an administrator can take “${network}” out of “${parent}”.`,
    ),
  belowItself: (network: string, parent: string) =>
    t(
      `„${parent}“ liegt unter „${network}“ und kann nicht dessen übergeordnetes Netzwerk sein.`,
      `“${parent}” lies below “${network}” and cannot be its parent network.`,
    ),
  childrenOnTheChild: () =>
    t(
      'Untergeordnete Netzwerke werden am untergeordneten Netzwerk zugeordnet (Feld „Übergeordnetes Netzwerk“).',
      'Child networks are assigned on the child network (field “Parent network”).',
    ),
  stillHasContent: (network: string, contents: { de: string[]; en: string[] }) =>
    t(
      `„${network}“ hat noch ${contents.de.join(', ')}; bitte diese zuerst löschen oder einem anderen Netzwerk zuordnen.`,
      `“${network}” still has ${contents.en.join(', ')}; please delete them or move them to another network first.`,
    ),
};

/** "2 Treffen, 1 Bericht" / "2 meetings, 1 report", for what a network still holds. */
export function countedContents(counts: { events: number; reports: number; children: number }) {
  const parts: [number, Bilingual, Bilingual][] = [
    [counts.events, t('Treffen', 'meeting'), t('Treffen', 'meetings')],
    [counts.reports, t('Bericht', 'report'), t('Berichte', 'reports')],
    [counts.children, t('untergeordnetes Netzwerk', 'child network'), t('untergeordnete Netzwerke', 'child networks')],
  ];
  const present = parts.filter(([count]) => count > 0);
  const say = (language: keyof Bilingual) => present.map(([count, one, many]) => `${count} ${(count === 1 ? one : many)[language]}`);
  return { de: say('de'), en: say('en') };
}

/** A network's name as editors know it: the German version's, else any. */
export async function networkName(strapi: Core.Strapi, documentId: string): Promise<string | null> {
  const rows = (await strapi.db.query(NETWORK).findMany({ where: { documentId }, select: ['name', 'locale'] })) as {
    name: string;
    locale: string;
  }[];
  return (rows.find((row) => row.locale === DEFAULT_LOCALE) ?? rows[0])?.name ?? null;
}

/** The network a meeting or report belongs to, through any of its versions. */
export async function networkOfDocument(strapi: Core.Strapi, uid: TreffpunktUid, documentId: string): Promise<string | null> {
  const row = (await strapi.db.query(uid).findOne({
    where: { documentId, network: { id: { $notNull: true } } },
    populate: { network: { select: ['documentId'] } },
  })) as { network?: { documentId: string } } | null;
  return row?.network?.documentId ?? null;
}

export async function meetingTitle(strapi: Core.Strapi, documentId: string): Promise<string> {
  const rows = (await strapi.db.query(EVENT).findMany({ where: { documentId }, select: ['title', 'locale'] })) as {
    title: string;
    locale: string;
  }[];
  return (rows.find((row) => row.locale === DEFAULT_LOCALE) ?? rows[0])?.title ?? documentId;
}

/**
 * The refusal for a document outside the requester's networks, naming its network; null when
 * there is no such document at all (Strapi then answers 404 as usual).
 */
export async function outsideRefusal(strapi: Core.Strapi, uid: TreffpunktUid, documentId: string) {
  if (!(await strapi.db.query(uid).findOne({ where: { documentId }, select: ['id'] }))) return null;
  const network = uid === NETWORK ? documentId : await networkOfDocument(strapi, uid, documentId);
  const name = network && (await networkName(strapi, network));
  return editorRefusal(strapi, name ? REFUSALS.belongsTo(uid, name) : REFUSALS.belongsToNone(uid));
}
