/** What a component definition holds, as Strapi's own loader reads it from an app's src/components. */
export interface ComponentSchema {
  collectionName: string;
  info: { displayName: string; icon: string; description: string };
  options: Record<string, unknown>;
  attributes: Record<string, Record<string, unknown>>;
}
