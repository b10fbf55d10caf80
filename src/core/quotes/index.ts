// Quote identity and the quotations of an article (quote-mismatch; whatChanged's quote alignment).
export {
  compareQuotes,
  coveredBy,
  quoteWords,
  sameQuote,
  type QuoteComparison,
  type QuoteDifference,
  type SameQuoteOptions,
} from './identity';
export { articleQuotes, type ArticleQuote } from './extract';
