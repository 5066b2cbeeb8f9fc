import { Box, Flex, Typography } from '@strapi/design-system';
import type { MessageKey } from '../translations/messages';
import { useText } from '../translations/useText';

/** The systems with steps: the script's (WordPress, TYPO3) and the iframe's (site builders, TYPO3 without HTML elements). */
export type WebsiteSystem = 'wordpress' | 'typo3' | 'wordpress-com' | 'wix' | 'jimdo' | 'typo3-iframe';

/** Step-by-step for the systems associations' websites run on. Steps are kept in one message, split at "|". */
export function Instructions({ systems }: { systems: WebsiteSystem[] }) {
  const text = useText();
  return (
    <Flex gap={6} alignItems="flex-start" wrap="wrap">
      {systems.map((system) => (
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
