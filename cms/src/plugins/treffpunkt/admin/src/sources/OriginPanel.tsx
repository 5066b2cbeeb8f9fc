/**
 * Beside a mirrored meeting's or report's edit view: where it comes from (the site, the original's
 * address, the source it is read from), that it is edited there, and "Hide here" / "Show again",
 * saved at once. No panel for the office's own documents.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, Flex, Link, Typography } from '@strapi/design-system';
import { Eye, EyeStriked } from '@strapi/icons';
import { useAPIErrorHandler, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { CONTENT_TYPES, originPath, SOURCE, type MirroredKind, type OriginResponse, type OriginUpdate } from 'treffpunkt-shared/admin-api';
import { useText } from '../translations/useText';
import { useWhen } from './useWhen';

interface PanelContext {
  model: string;
  documentId?: string;
}

type Origin = NonNullable<OriginResponse['data']>;

const KIND_OF: Record<string, MirroredKind> = { [CONTENT_TYPES.event]: 'event', [CONTENT_TYPES.report]: 'report' };

function useOrigin(kind: MirroredKind | undefined, documentId: string | undefined) {
  const { get, put } = useFetchClient();
  const [origin, setOrigin] = useState<Origin | null>(null);
  useEffect(() => {
    if (!kind || !documentId) return setOrigin(null);
    let current = true;
    get<OriginResponse>(originPath(kind, documentId)).then(
      ({ data }) => current && setOrigin(data.data),
      () => current && setOrigin(null),
    );
    return () => {
      current = false;
    };
  }, [documentId, get, kind]);
  const setHidden = useCallback(
    async (hidden: boolean) => {
      const { data } = await put<OriginResponse>(originPath(kind!, documentId!), { hidden } satisfies OriginUpdate);
      setOrigin(data.data);
    },
    [documentId, kind, put],
  );
  return { origin, setHidden };
}

function OriginDetails({ origin, setHidden }: { origin: Origin; setHidden: (hidden: boolean) => Promise<void> }) {
  const text = useText();
  const when = useWhen();
  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();
  const toggle = () =>
    setHidden(!origin.hidden).catch((error) =>
      toggleNotification({ type: 'danger', title: text('origin.failed'), message: formatAPIError(error as never) }),
    );
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography fontWeight="semiBold">{text('origin.from', { name: origin.name })}</Typography>
      <Typography variant="pi" textColor="neutral600">
        {text('origin.readOnly')}
      </Typography>
      <Link href={origin.url} isExternal>
        {text('origin.open')}
      </Link>
      {origin.source ? (
        <Link tag={NavLink} to={`/content-manager/collection-types/${SOURCE}/${origin.source.documentId}`}>
          {text('origin.source', { name: origin.source.name })}
        </Link>
      ) : null}
      {origin.updatedAt ? (
        <Typography variant="pi" textColor="neutral600">
          {text('origin.changed', { when: when(origin.updatedAt) })}
        </Typography>
      ) : null}
      {origin.hidden ? <Typography textColor="warning600">{text('origin.hidden')}</Typography> : null}
      <Button fullWidth variant="tertiary" startIcon={origin.hidden ? <Eye /> : <EyeStriked />} onClick={toggle}>
        {text(origin.hidden ? 'origin.show' : 'origin.hide')}
      </Button>
    </Flex>
  );
}

/** A panel description of the content manager: called like a component, it returns the panel or null. */
export function OriginPanel({ model, documentId }: PanelContext) {
  const text = useText();
  const { origin, setHidden } = useOrigin(KIND_OF[model], documentId);
  if (!origin) return null;
  return { title: text('origin.panel'), content: <OriginDetails origin={origin} setHidden={setHidden} /> };
}
OriginPanel.type = 'treffpunkt-origin';
