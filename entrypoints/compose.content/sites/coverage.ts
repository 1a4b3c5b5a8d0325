/**
 * Honest coverage: per supported site, the surfaces whose boxes and submits an adapter knows
 * (with a replica and e2e tests), and the surfaces known NOT to be covered by an adapter.
 * Data only (no browser APIs), for the README and the options page ("Where Ask First
 * checks", components/CoverageList.tsx). Everywhere on a supported site, a box the person
 * types into that no adapter selector matches is still checked by the fallback
 * (sites/fallback.ts), with the nearest posting-verb button guarded.
 *
 * Both languages live here, beside each other (like a city's own policy text), so a surface
 * is added in one place; the options page shows the person's language.
 *
 * Keep in step with the adapters: tests/unit/coverage.test.ts checks that every adapter has
 * an entry and every entry an adapter.
 */
import type { LocalizedText } from '../../../rules/text';

/** How a submit reaches the site, as the options page names it. */
export const ROUTES = {
  postButton: { en: 'Post button', es: 'botón Publicar (Post)' },
  postReplyButton: { en: 'Post/Reply button', es: 'botón Publicar o Responder' },
  postPublishShareButton: { en: 'Post/Publish/Share button', es: 'botón Publicar o Compartir' },
  modEnter: { en: 'Ctrl/Cmd+Enter', es: 'Ctrl/Cmd+Intro' },
  enter: { en: 'Enter', es: 'Intro (Enter)' },
  enterOneLine: { en: 'Enter (one-line comment)', es: 'Intro en un comentario de una línea' },
  enterMessaging: {
    en: 'Enter (stopped from the first one; later learned per box)',
    es: 'Intro (se detiene desde la primera vez; luego se aprende en cada cuadro)',
  },
  sendButton: { en: 'Send button', es: 'botón Enviar' },
  sendMessageButton: { en: 'Send message button', es: 'botón Enviar mensaje' },
  commentButton: { en: 'Comment button', es: 'botón Comentar' },
  commentReplyButton: { en: 'Comment/Reply button', es: 'botón Comentar o Responder' },
  commentButtonByName: { en: 'Comment button (found by its name)', es: 'botón Comentar (encontrado por su nombre)' },
  replyButton: { en: 'Reply button', es: 'botón Responder' },
  publishSaveButton: { en: 'Publish/Save button', es: 'botón Publicar o Guardar' },
  shareButton: { en: 'Share button', es: 'botón Compartir' },
  saveButton: { en: '"save" button', es: 'botón «save» (guardar)' },
} satisfies Record<string, LocalizedText>;

export type RouteId = keyof typeof ROUTES;

export interface SiteCoverage {
  /** The adapter id (sites/<site>.ts). */
  site: string;
  /** The site's name as people know it (a brand: the same in both languages). */
  name: string;
  /** Surfaces the adapter knows, each with the submit routes the guard stops. */
  checked: Array<{ surface: LocalizedText; routes: RouteId[] }>;
  /** Surfaces known not to be covered by the adapter (the fallback may still check the box). */
  notCovered: LocalizedText[];
}

export const COVERAGE: SiteCoverage[] = [
  {
    site: 'x',
    name: 'X (Twitter)',
    checked: [
      {
        surface: { en: 'Home composer, thread items, reply dialog', es: 'Redactor de inicio, publicaciones de un hilo, cuadro de respuesta' },
        routes: ['postReplyButton', 'modEnter'],
      },
      { surface: { en: 'Phone-width composer (textarea)', es: 'Redactor en pantallas angostas (de teléfono)' }, routes: ['postButton', 'modEnter'] },
      { surface: { en: 'X Chat and direct messages', es: 'X Chat y mensajes directos' }, routes: ['sendButton', 'enter'] },
    ],
    notCovered: [
      { en: 'Community Notes', es: 'Notas de la comunidad' },
      { en: 'Article editor (X Premium)', es: 'Editor de artículos (X Premium)' },
    ],
  },
  {
    site: 'facebook',
    name: 'Facebook',
    checked: [
      { surface: { en: 'Comments and replies in the feed', es: 'Comentarios y respuestas en la sección de noticias' }, routes: ['enter', 'commentButton'] },
      { surface: { en: 'Post opened in a dialog: its comment box', es: 'Publicación abierta en una ventana: su cuadro de comentarios' }, routes: ['enter', 'commentButton'] },
      { surface: { en: 'New-post dialog', es: 'Ventana de nueva publicación' }, routes: ['postPublishShareButton', 'modEnter'] },
      { surface: { en: 'Chat boxes', es: 'Ventanas de chat' }, routes: ['enter'] },
    ],
    notCovered: [
      { en: 'Messenger (messenger.com)', es: 'Messenger (messenger.com)' },
      { en: 'Marketplace listings', es: 'Anuncios de Marketplace' },
      { en: 'Stories text', es: 'Texto de las historias' },
    ],
  },
  {
    site: 'youtube',
    name: 'YouTube',
    checked: [
      { surface: { en: 'Comments and replies', es: 'Comentarios y respuestas' }, routes: ['commentReplyButton'] },
      { surface: { en: 'Community posts', es: 'Publicaciones de la comunidad' }, routes: ['postButton'] },
      { surface: { en: 'Live chat', es: 'Chat en vivo' }, routes: ['enter', 'sendButton'] },
      { surface: { en: 'm.youtube.com comments', es: 'Comentarios en m.youtube.com' }, routes: ['commentButtonByName'] },
    ],
    notCovered: [{ en: 'Video titles and descriptions outside Studio', es: 'Títulos y descripciones de videos fuera de Studio' }],
  },
  {
    site: 'youtube_studio',
    name: 'YouTube Studio',
    checked: [
      {
        surface: { en: 'Upload dialog and details page: title and description', es: 'Ventana de subida y página de detalles: título y descripción' },
        routes: ['publishSaveButton'],
      },
      { surface: { en: 'Comment replies (Comments page)', es: 'Respuestas a comentarios (página Comentarios)' }, routes: ['replyButton'] },
    ],
    notCovered: [],
  },
  {
    site: 'linkedin',
    name: 'LinkedIn',
    checked: [
      { surface: { en: 'Classic comments (Quill)', es: 'Comentarios clásicos (Quill)' }, routes: ['commentButton'] },
      { surface: { en: 'New feed comments (TipTap)', es: 'Comentarios en la nueva sección de noticias (TipTap)' }, routes: ['commentReplyButton'] },
      { surface: { en: '"Start a post" share box', es: 'Cuadro «Crear publicación» (Start a post)' }, routes: ['postButton'] },
      { surface: { en: 'Messaging', es: 'Mensajes' }, routes: ['sendButton', 'enterMessaging'] },
    ],
    notCovered: [{ en: 'Articles and newsletters editor', es: 'Editor de artículos y boletines' }],
  },
  {
    site: 'bluesky',
    name: 'Bluesky',
    checked: [
      { surface: { en: 'Composer (posts, replies, quotes)', es: 'Redactor (publicaciones, respuestas, citas)' }, routes: ['postButton', 'modEnter'] },
      { surface: { en: 'Direct messages', es: 'Mensajes directos' }, routes: ['enter', 'sendMessageButton'] },
    ],
    notCovered: [{ en: 'Image alt text', es: 'Texto alternativo de las imágenes' }],
  },
  {
    site: 'mastodon',
    name: 'Mastodon',
    checked: [{ surface: { en: 'Compose form (4.2 and 4.3+)', es: 'Formulario de redacción (4.2 y 4.3 o posterior)' }, routes: ['postButton', 'modEnter'] }],
    notCovered: [
      { en: 'Instances not listed (IT adds them with extraSites)', es: 'Instancias no incluidas en la lista (el equipo de TI las agrega con extraSites)' },
      { en: 'Content warning field (fallback only)', es: 'Campo de advertencia de contenido (solo el mecanismo de respaldo)' },
    ],
  },
  {
    site: 'instagram',
    name: 'Instagram',
    checked: [
      { surface: { en: 'Comments', es: 'Comentarios' }, routes: ['enter', 'postButton'] },
      { surface: { en: 'New post caption', es: 'Texto de una nueva publicación' }, routes: ['shareButton'] },
      { surface: { en: 'Direct messages', es: 'Mensajes directos' }, routes: ['enter', 'sendButton'] },
    ],
    notCovered: [{ en: 'Stories and Reels text', es: 'Texto de historias y reels' }],
  },
  {
    site: 'threads',
    name: 'Threads',
    checked: [{ surface: { en: 'New-thread and reply dialogs', es: 'Ventanas de nuevo hilo y de respuesta' }, routes: ['postButton', 'modEnter'] }],
    notCovered: [{ en: 'Inline replies outside a dialog (fallback only)', es: 'Respuestas fuera de una ventana (solo el mecanismo de respaldo)' }],
  },
  {
    site: 'reddit',
    name: 'Reddit',
    checked: [
      { surface: { en: 'Comments and replies (rich text)', es: 'Comentarios y respuestas (texto enriquecido)' }, routes: ['commentButton'] },
      { surface: { en: 'Simple composer (shadow root)', es: 'Redactor sencillo (shadow root)' }, routes: ['commentButton'] },
      { surface: { en: 'Markdown mode', es: 'Modo Markdown' }, routes: ['commentButton'] },
      { surface: { en: 'Post title and body', es: 'Título y texto de una publicación' }, routes: ['postButton'] },
      { surface: { en: 'old.reddit.com comments', es: 'Comentarios en old.reddit.com' }, routes: ['saveButton'] },
    ],
    notCovered: [
      { en: 'Chat', es: 'Chat' },
      { en: 'old.reddit.com private messages (fallback only)', es: 'Mensajes privados en old.reddit.com (solo el mecanismo de respaldo)' },
    ],
  },
  {
    site: 'nextdoor',
    name: 'Nextdoor',
    checked: [
      { surface: { en: 'Comments and replies', es: 'Comentarios y respuestas' }, routes: ['commentButton', 'enterOneLine'] },
      { surface: { en: 'Post composer dialog', es: 'Ventana para crear una publicación' }, routes: ['postButton'] },
    ],
    notCovered: [{ en: 'Direct messages (fallback only)', es: 'Mensajes directos (solo el mecanismo de respaldo)' }],
  },
];
