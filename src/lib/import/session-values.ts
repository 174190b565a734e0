/**
 * The session-record values one contribution gives: speakers as people ids, areas and topics
 * from its words, the local start time, the slides, and its YouTube links kept apart as recordings.
 */
import { classifyAreas, matchTopics, type TopicTerms } from './classify.ts';
import type { Values } from './merge.ts';
import type { ImportAttachment, ImportContribution } from './model.ts';
import type { PeopleResolver } from './people.ts';
import { videoIdOf } from './recordings.ts';
import { toSafeMarkdown } from './sanitize.ts';
import { localDateTime } from '../time.ts';

/** The slides: an attachment named so wins over one that is merely a PDF or presentation file. */
function pickSlides(attachments: ImportAttachment[]): ImportAttachment | undefined {
  return attachments.find((a) => a.slides === 'named') ?? attachments.find((a) => a.slides === 'file');
}

export interface Context {
  zone?: string;
  eventUrl?: string;
  people: PeopleResolver;
  topics: TopicTerms[];
  names: readonly string[];
}

/** A YouTube link attached to a contribution is its recording, not one of its links. */
export const isVideo = (a: ImportAttachment) => videoIdOf(a.url) !== undefined;

export function sessionValues(c: ImportContribution, ctx: Context): Values {
  const abstract = toSafeMarkdown(c.description);
  const documents = c.attachments.filter((a) => !isVideo(a));
  const slides = pickSlides(documents);
  const minutes =
    c.start !== undefined && c.end !== undefined ? Math.round((c.end - c.start) / 60_000) : undefined;
  return {
    title: c.title,
    speakers: [...new Set(c.speakers.map((p) => ctx.people.idOf(p)))],
    areas: classifyAreas([c.title, ...c.keywords, abstract ?? ''].join('\n'), ctx.names),
    topics: matchTopics(c.title, [...c.keywords, abstract ?? ''].join('\n'), ctx.topics, ctx.names),
    start: c.start !== undefined && ctx.zone ? localDateTime(c.start, ctx.zone) : undefined,
    durationMinutes: minutes && minutes > 0 ? minutes : undefined,
    room: c.room,
    contributionUrl: c.url,
    slidesUrl: slides?.url,
    links: documents.filter((a) => a !== slides).map((a) => ({ title: a.title, url: a.url })),
    abstract,
    source: c.url ?? ctx.eventUrl,
  };
}
