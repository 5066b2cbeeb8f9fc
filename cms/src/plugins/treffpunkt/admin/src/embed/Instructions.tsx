import { Box, Flex, Typography } from '@strapi/design-system';
import type { MessageKey } from '../translations/messages';
import { useText } from '../translations/useText';

const SYSTEMS = ['wordpress', 'typo3'] as const;

/** Step-by-step for the two systems most associations' websites run on. Steps are kept in one message, split at "|". */
export function Instructions() {
  const text = useText();
  return (
    <Flex gap={6} alignItems="flex-start" wrap="wrap">
      {SYSTEMS.map((system) => (
        <Box key={system} flex="1 1 20rem">
          <Typography tag="h3" variant="delta">
            {text(`howto.${system}` as MessageKey)}
          </Typography>
          <Box tag="ol" paddingLeft={5} paddingTop={2} style={{ listStyle: 'decimal' }}>
            {text(`howto.${system}.steps` as MessageKey)
              .split('|')
              .map((step) => (
                <li key={step}>
                  <Typography>{step}</Typography>
                </li>
              ))}
          </Box>
          <Box paddingTop={2}>
            <Typography variant="pi" textColor="neutral600">
              {text(`howto.${system}.note` as MessageKey)}
            </Typography>
          </Box>
        </Box>
      ))}
    </Flex>
  );
}
