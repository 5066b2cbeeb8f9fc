/**
 * The admin home page's Treffpunkt widget: the meetings that wait for their report (with a button
 * that writes it) and the next meetings, each title one click from the meeting's edit view.
 * The server lists only what the logged-in user may do (see server/src/services/admin-home.ts).
 */
import { useEffect, useState } from 'react';
import { Badge, Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { Feather } from '@strapi/icons';
import { Widget, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { CONTENT_TYPES, homePath, type HomeMeeting, type HomeMeetingList, type HomeResponse } from 'treffpunkt-shared/admin-api';
import { toLocale } from 'treffpunkt-shared/locales';
import { editViewPath } from '../content-manager/paths';
import { useWriteReport } from '../report/useWriteReport';
import type { MessageKey } from '../translations/messages';
import { useText } from '../translations/useText';

/** The widget is about a third of the page high: three of each, and how many more there are. */
const SHOWN_PER_LIST = 3;

function useHomeLists() {
  const { get } = useFetchClient();
  const { locale } = useIntl();
  const language = toLocale(locale, 'en');
  const [lists, setLists] = useState<HomeResponse['data'] | 'failed' | undefined>(undefined);
  useEffect(() => {
    let current = true;
    get<HomeResponse>(`${homePath}?locale=${language}&limit=${SHOWN_PER_LIST}`).then(
      ({ data }) => current && setLists(data.data),
      () => current && setLists('failed'),
    );
    return () => {
      current = false;
    };
  }, [get, language]);
  return lists;
}

function MeetingEntry({ meeting, action }: { meeting: HomeMeeting; action?: React.ReactNode }) {
  const text = useText();
  return (
    <Flex tag="li" justifyContent="space-between" alignItems="center" gap={3} paddingTop={1} paddingBottom={1}>
      <Flex direction="column" alignItems="flex-start" gap={1} minWidth={0}>
        <Link tag={RouterLink} to={editViewPath(CONTENT_TYPES.event, meeting)}>
          {meeting.title}
        </Link>
        <Typography variant="pi" textColor="neutral600">
          {[meeting.when, meeting.network].filter(Boolean).join(' · ')}
        </Typography>
      </Flex>
      <Flex gap={2} shrink={0}>
        {meeting.published ? null : <Badge>{text('home.draft')}</Badge>}
        {action}
      </Flex>
    </Flex>
  );
}

function MeetingSection(props: {
  heading: MessageKey;
  empty: MessageKey;
  list: HomeMeetingList;
  summary?: string;
  action?: (meeting: HomeMeeting) => React.ReactNode;
}) {
  const text = useText();
  const { heading, empty, list, summary, action } = props;
  const more = list.total - list.meetings.length;
  return (
    <Box tag="section" aria-label={text(heading)}>
      <Typography variant="delta" tag="h3">
        {text(heading)}
      </Typography>
      {summary && list.total > 0 ? (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {summary}
        </Typography>
      ) : null}
      {list.total === 0 ? (
        <Typography tag="p" textColor="neutral600" paddingTop={2}>
          {text(empty)}
        </Typography>
      ) : (
        <ul>
          {list.meetings.map((meeting) => (
            <MeetingEntry key={meeting.documentId} meeting={meeting} action={action?.(meeting)} />
          ))}
        </ul>
      )}
      {more > 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {text('home.more', { count: more })}
        </Typography>
      ) : null}
    </Box>
  );
}

export function MeetingsWidget() {
  const text = useText();
  const writeReport = useWriteReport();
  const lists = useHomeLists();
  if (lists === undefined) return <Widget.Loading />;
  if (lists === 'failed') return <Widget.Error>{text('home.loadError')}</Widget.Error>;
  if (!lists.waitingForReport && !lists.next) return <Widget.NoPermissions />;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {lists.waitingForReport ? (
        <MeetingSection
          heading="home.waiting"
          empty="home.waiting.none"
          list={lists.waitingForReport}
          summary={text('home.waiting.count', { count: lists.waitingForReport.total })}
          action={(meeting) => (
            <Button
              size="S"
              variant="secondary"
              startIcon={<Feather />}
              aria-label={text('home.write.label', { title: meeting.title })}
              onClick={() => writeReport(meeting.documentId, meeting.locale)}
            >
              {text('report.write')}
            </Button>
          )}
        />
      ) : null}
      {lists.next ? <MeetingSection heading="home.next" empty="home.next.none" list={lists.next} /> : null}
    </Flex>
  );
}
