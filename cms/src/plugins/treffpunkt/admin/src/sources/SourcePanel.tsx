/**
 * Beside a source's edit view: how its reads went, in words (health, when, how many entries, why
 * it failed, what it could not take over), and "Jetzt abrufen", which answers once the source is
 * read. Shown to roles that may open sources; the button to those that may edit them.
 */
import { useCallback, useEffect, useState } from 'react';
import { Badge, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useAPIErrorHandler, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { SOURCE, sourcePath, sourceSyncPath, type SourceState, type SourceStateResponse } from 'treffpunkt-shared/admin-api';
import { toLocale } from 'treffpunkt-shared/locales';
import { useText } from '../translations/useText';
import { useWhen } from './useWhen';

interface PanelContext {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null };
}

const UPDATE = [{ action: 'plugin::content-manager.explorer.update', subject: SOURCE }];
const HEALTH_BADGE = { unread: 'neutral', ok: 'success', failing: 'danger' } as const;

function useSourceState(documentId: string | undefined, savedAt: string | null | undefined) {
  const { get, post } = useFetchClient();
  const language = toLocale(useIntl().locale, 'en');
  const [state, setState] = useState<SourceState | null>(null);
  useEffect(() => {
    if (!documentId) return setState(null);
    let current = true;
    get<SourceStateResponse>(`${sourcePath(documentId)}?locale=${language}`).then(
      ({ data }) => current && setState(data.data),
      () => current && setState(null),
    );
    return () => {
      current = false;
    };
  }, [documentId, get, language, savedAt]);
  const readNow = useCallback(async () => {
    const { data } = await post<SourceStateResponse>(`${sourceSyncPath(documentId!)}?locale=${language}`, {});
    setState(data.data);
    return data.data;
  }, [documentId, language, post]);
  return { state, readNow };
}

function StateInWords({ state }: { state: SourceState }) {
  const text = useText();
  const when = useWhen();
  const lines = [
    text('source.lastAttempt', { when: state.lastAttemptAt ? when(state.lastAttemptAt) : text('source.never') }),
    state.health === 'failing' &&
      text('source.lastSuccess', { when: state.lastSuccessAt ? when(state.lastSuccessAt) : text('source.never') }),
    state.httpStatus === 304 ? text('source.unchanged') : state.lastSuccessAt && text('source.items', { count: state.itemCount }),
    state.failures > 0 && text('source.failures', { count: state.failures }),
    state.nextAttemptAt && text('source.next', { when: when(state.nextAttemptAt) }),
  ].filter((line): line is string => Boolean(line));
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Flex gap={2}>
        <Badge variant={HEALTH_BADGE[state.health]}>{text(`source.health.${state.health}`)}</Badge>
        {state.originName ? <Typography variant="pi">{state.originName}</Typography> : null}
      </Flex>
      {state.problem ? (
        <Typography tag="p" textColor="danger600" role="alert">
          {state.problem}
        </Typography>
      ) : null}
      {lines.map((line) => (
        <Typography key={line} tag="p" variant="pi" textColor="neutral600">
          {line}
        </Typography>
      ))}
      {state.notes.length > 0 ? (
        <>
          <Typography variant="sigma" tag="h3">
            {text('source.notes')}
          </Typography>
          <ul>
            {state.notes.map((note) => (
              <Typography key={note} tag="li" variant="pi">
                {note}
              </Typography>
            ))}
          </ul>
        </>
      ) : null}
    </Flex>
  );
}

function ReadNowButton({ readNow }: { readNow: () => Promise<SourceState> }) {
  const text = useText();
  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();
  const [reading, setReading] = useState(false);
  const read = async () => {
    setReading(true);
    try {
      const state = await readNow();
      toggleNotification(
        state.problem
          ? { type: 'danger', title: text('source.read.failed'), message: state.problem }
          : { type: 'success', message: text('source.read.done') },
      );
    } catch (error) {
      toggleNotification({ type: 'danger', title: text('source.read.failed'), message: formatAPIError(error as never) });
    } finally {
      setReading(false);
    }
  };
  return (
    <Button fullWidth variant="secondary" startIcon={<ArrowClockwise />} loading={reading} onClick={read}>
      {text(reading ? 'source.reading' : 'source.readNow')}
    </Button>
  );
}

/** A panel description of the content manager: called like a component, it returns the panel or null. */
export function SourcePanel({ model, documentId, document }: PanelContext) {
  const text = useText();
  const { allowedActions } = useRBAC(UPDATE);
  const applies = model === SOURCE;
  const { state, readNow } = useSourceState(applies ? documentId : undefined, document?.updatedAt);
  if (!applies) return null;
  if (!documentId || !state)
    return { title: text('source.panel'), content: <Typography variant="pi">{text('source.saveFirst')}</Typography> };
  return {
    title: text('source.panel'),
    content: (
      <Flex direction="column" alignItems="stretch" gap={4}>
        <StateInWords state={state} />
        {allowedActions.canUpdate ? <ReadNowButton readNow={readNow} /> : null}
      </Flex>
    ),
  };
}
SourcePanel.type = 'treffpunkt-source';
