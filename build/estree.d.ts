// Rollup's parser gives every node of the syntax tree its place in the code.
import 'estree';

declare module 'estree' {
  interface BaseNodeWithoutComments {
    start: number;
    end: number;
  }
}
