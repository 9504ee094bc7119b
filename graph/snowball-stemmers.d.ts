// Types for snowball-stemmers (the package ships none). Use the named exports: the package marks itself
// __esModule, so bundlers give no default export.
declare module "snowball-stemmers" {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
