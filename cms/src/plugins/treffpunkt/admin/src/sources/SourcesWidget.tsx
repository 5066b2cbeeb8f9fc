/**
 * The admin home page's "Sources" widget, for roles that may open sources: which sources fail and
 * why (each one click from its edit view), or that all are read without problems.
 */
import { useEffect, useState } from 'react';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { Widget, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { homePath, SOURCE, type HomeResponse, type HomeSources } from 'treffpunkt-shared/admin-api';
import { toLocale } from 'treffpunkt-shared/locales';
import { useText } from '../translations/useText';
import { useWhen } from './useWhen';

function useSources() {
  const { get } = useFetchClient();
  const language = toLocale(useIntl().locale, 'en');
  const [sources, setSources] = useState<HomeSources | null | 'failed' | undefined>(undefined);
  useEffect(() => {
    let current = true;
    get<HomeResponse>(`${homePath}?locale=${language}&limit=1`).then(
      ({ data }) => current && setSources(data.data.sources),
      () => current && setSources('failed'),
    );
    return () => {
      current = false;
    };
  }, [get, language]);
  return sources;
}

export function SourcesWidget() {
  const text = useText();
  const when = useWhen();
  const sources = useSources();
  if (sources === undefined) return <Widget.Loading />;
  if (sources === 'failed') return <Widget.Error>{text('sources.loadError')}</Widget.Error>;
  if (sources === null) return <Widget.NoPermissions />;
  if (sources.total === 0) return <Typography textColor="neutral600">{text('sources.none')}</Typography>;
  if (sources.failing.length === 0) return <Typography>{text('sources.fine', { count: sources.total })}</Typography>;
  return (
    <Box tag="section" aria-label={text('sources.title')}>
      <Typography tag="p" fontWeight="semiBold">
        {text('sources.failing', { count: sources.failing.length })}
      </Typography>
      <ul>
        {sources.failing.map((source) => (
          <Flex key={source.documentId} tag="li" direction="column" alignItems="flex-start" gap={1} paddingTop={2}>
            <Link tag={RouterLink} to={`/content-manager/collection-types/${SOURCE}/${source.documentId}`}>
              {source.name}
            </Link>
            <Typography variant="pi" textColor="danger600">
              {source.problem}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {text('sources.since', { when: source.lastSuccessAt ? when(source.lastSuccessAt) : text('source.never') })}
            </Typography>
          </Flex>
        ))}
      </ul>
    </Box>
  );
}
