/**
 * "Embed / Einbetten": for whoever looks after the website. Choose a network and a widget,
 * see it live with the published content, copy the script snippet or the iframe code, and read
 * how to paste it into WordPress, TYPO3 or a site builder. The network's calendar and report feeds are offered for subscribing.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Box, EmptyStateLayout, Flex, Grid, Main, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { ACTIONS, embedOptionsPath, type EmbedOptionsResponse } from 'treffpunkt-shared/admin-api';
import { CopyField } from '../embed/CopyField';
import { EmbedCode } from '../embed/EmbedCode';
import { defaultOptions, type WidgetOptions } from '../embed/snippet';
import { WidgetOptionsForm } from '../embed/WidgetOptionsForm';
import { WidgetPreview } from '../embed/WidgetPreview';
import { useText } from '../translations/useText';

type EmbedOptions = EmbedOptionsResponse['data'];

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Box tag="section" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography tag="h2" variant="delta">
            {title}
          </Typography>
          {hint && <Typography textColor="neutral600">{hint}</Typography>}
        </Flex>
        {children}
      </Flex>
    </Box>
  );
}

function useEmbedOptions() {
  const { get } = useFetchClient();
  const [state, setState] = useState<{ data?: EmbedOptions; failed?: boolean }>({});
  useEffect(() => {
    get<EmbedOptionsResponse>(embedOptionsPath).then(
      ({ data }) => setState({ data: data.data }),
      () => setState({ failed: true }),
    );
  }, [get]);
  return state;
}

function Feeds({ embed, network }: { embed: EmbedOptions; network: string }) {
  const text = useText();
  const found = embed.networks.find((candidate) => candidate.slug === network);
  if (!found) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <CopyField
        name="calendarFeed"
        label={text('feeds.calendar', { network: found.name })}
        value={found.feeds.calendar}
        copyLabel={text('copy.button')}
      />
      <CopyField
        name="reportFeed"
        label={text('feeds.reports', { network: found.name })}
        value={found.feeds.reports}
        copyLabel={text('copy.button')}
      />
    </Flex>
  );
}

function Embed({ embed }: { embed: EmbedOptions }) {
  const text = useText();
  const [options, setOptions] = useState<WidgetOptions>(() => defaultOptions(embed.networks[0].slug, 'de'));
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Grid.Root gap={6}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Section title={text('options.title')}>
            <WidgetOptionsForm options={options} networks={embed.networks} onChange={setOptions} />
          </Section>
        </Grid.Item>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
          <Section title={text('preview.title')} hint={text('preview.hint')}>
            <WidgetPreview options={options} />
          </Section>
        </Grid.Item>
      </Grid.Root>
      <Section title={text('snippet.title')}>
        <EmbedCode options={options} widgetsUrl={embed.widgetsUrl} onChange={setOptions} />
      </Section>
      <Section title={text('feeds.title')} hint={text('feeds.hint')}>
        <Feeds embed={embed} network={options.network} />
      </Section>
    </Flex>
  );
}

function EmbedContent() {
  const text = useText();
  const { data, failed } = useEmbedOptions();
  if (failed) return <Page.Error content={text('embed.loadError')} />;
  if (!data) return <Page.Loading />;
  return (
    <Main>
      <Page.Title>{text('embed.title')}</Page.Title>
      <Layouts.Header title={text('embed.title')} subtitle={text('embed.subtitle')} />
      <Layouts.Content>
        {data.networks.length > 0 ? (
          <Embed embed={data} />
        ) : (
          <EmptyStateLayout content={text('embed.noNetworks.title')} action={<Typography>{text('embed.noNetworks.body')}</Typography>} />
        )}
      </Layouts.Content>
    </Main>
  );
}

export default function EmbedPage() {
  return (
    <Page.Protect permissions={[{ action: ACTIONS.embed, subject: null }]}>
      <EmbedContent />
    </Page.Protect>
  );
}
