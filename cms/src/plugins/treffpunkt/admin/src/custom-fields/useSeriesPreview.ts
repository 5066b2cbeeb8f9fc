import { useEffect, useState } from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import { seriesPreviewPath, type SeriesPreviewRequest, type SeriesPreviewResponse } from 'treffpunkt-shared/admin-api';

/** How long the form waits after the last change before it asks: typing a number asks once. */
const DEBOUNCE_MS = 300;

export type SeriesPreviewAnswer =
  | { state: 'ready'; preview: SeriesPreviewResponse['data'] }
  /** The server's message for a series that cannot be, as saving would give it. */
  | { state: 'refused'; message: string }
  | { state: 'unreachable' };

function answerOf(error: unknown): SeriesPreviewAnswer {
  if (!isFetchError(error) || error.status !== 400) return { state: 'unreachable' };
  const message = (error.response?.data as { error?: { message?: string } } | undefined)?.error?.message;
  return message ? { state: 'refused', message } : { state: 'unreachable' };
}

/**
 * The series said back by the server (sentence and next dates, server/src/services/series.ts),
 * asked again shortly after every change of the rule or of the meeting's times; null asks nothing.
 * The last answer stays shown while the next one is on its way (`pending`), so nothing flickers.
 */
export function useSeriesPreview(request: SeriesPreviewRequest | null): { answer: SeriesPreviewAnswer | null; pending: boolean } {
  const { post } = useFetchClient();
  const [answer, setAnswer] = useState<SeriesPreviewAnswer | null>(null);
  const [answered, setAnswered] = useState<string | null>(null);
  const key = request ? JSON.stringify(request) : null;

  useEffect(() => {
    if (!key) return;
    let current = true;
    const timer = setTimeout(() => {
      const settle = (next: SeriesPreviewAnswer) => {
        if (!current) return;
        setAnswer(next);
        setAnswered(key);
      };
      post<SeriesPreviewResponse>(seriesPreviewPath, JSON.parse(key)).then(
        ({ data }) => settle({ state: 'ready', preview: data.data }),
        (error) => settle(answerOf(error)),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, post]);

  return { answer: key ? answer : null, pending: key !== null && answered !== key };
}
