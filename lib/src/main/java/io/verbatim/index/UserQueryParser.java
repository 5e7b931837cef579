package io.verbatim.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a manager types into a Lucene query over the sentence text.
 *
 * <p>Syntax: words (all required: {@code lost bag} finds sentences with both), {@code "phrases"},
 * {@code AND}, {@code OR}, {@code NOT} (upper case; lower-case "and", "or", "not" are words),
 * {@code -word} as a short NOT, parentheses, and {@code prefix*}. NOT binds tighter than AND,
 * AND tighter than OR. A query of only NOTs means "everything except".
 *
 * <p>Why not Lucene's classic query parser: its syntax is far larger than what is offered here
 * (field:value, ranges, fuzzy~, regex, boosts), so ordinary text such as "delay: 3 hours" or
 * "rating [1]" would either fail with parser jargon or run as something else. This small
 * grammar accepts every ordinary sentence, and each mistake it refuses gets one plain sentence.
 * Analysis, stemming and synonyms are Lucene's own {@link QueryBuilder}.
 *
 * <p>Bounded cost: a prefix expands to at most {@value #MAX_EXPANSIONS} indexed terms (the most
 * frequent of the first {@value #MAX_SCAN} it matches, see {@link FrequentTermsRewrite}), with at
 * most {@value #MAX_PREFIXES} prefixes per query, nesting at most {@value #MAX_DEPTH} deep.
 */
final class UserQueryParser {

  static final int MAX_EXPANSIONS = 64;
  /** Terms looked at per prefix before the most frequent are chosen. */
  static final int MAX_SCAN = 50_000;
  static final int MAX_PREFIXES = 10;
  static final int MAX_DEPTH = 20;

  private final QueryBuilder builder;
  private final Analyzer analyzer;
  private final int maxChars;

  UserQueryParser(Analyzer queryAnalyzer, int maxChars) {
    this.analyzer = queryAnalyzer;
    this.builder = new QueryBuilder(queryAnalyzer);
    // "legroom" with the synonym "seat pitch" becomes legroom OR "seat pitch", not seat OR pitch.
    this.builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    this.maxChars = maxChars;
  }

  /**
   * @return the query, or null for a blank one (meaning: all sentences)
   * @throws QueryException for anything the user has to fix
   */
  Query parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > maxChars) {
      throw new QueryException("The query is " + text.length() + " characters long; the limit is "
          + maxChars + ".");
    }
    List<Token> tokens = tokenize(text);
    if (tokens.isEmpty()) {
      return null;
    }
    long prefixes = tokens.stream().filter(t -> t.kind == Kind.PREFIX).count();
    if (prefixes > MAX_PREFIXES) {
      throw new QueryException("Use at most " + MAX_PREFIXES + " words ending in *.");
    }
    Parser p = new Parser(tokens);
    Node node = p.or(0);
    if (p.pos < tokens.size()) {
      // Only a stray ")" can stop the top level early.
      throw new QueryException("The query has a closing parenthesis without an opening one.");
    }
    Query query = node == null ? null : node.toQuery();
    if (query == null) {
      throw new QueryException("The query has no word to search for (common words such as the,"
          + " to and for are ignored); add a more specific word.");
    }
    return query;
  }

  // ---------------------------------------------------------------- tokens

  private enum Kind { WORD, PREFIX, PHRASE, AND, OR, NOT, OPEN, CLOSE }

  private record Token(Kind kind, String text) {
  }

  private static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int end = text.indexOf('"', i + 1);
        if (end < 0) {
          throw new QueryException("The query has an opening quote (\") without a closing one.");
        }
        out.add(new Token(Kind.PHRASE, text.substring(i + 1, end)));
        i = end + 1;
      } else if (c == '(') {
        out.add(new Token(Kind.OPEN, "("));
        i++;
      } else if (c == ')') {
        out.add(new Token(Kind.CLOSE, ")"));
        i++;
      } else if (c == '-' && i + 1 < n && isWordStart(text.charAt(i + 1))
          && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')) {
        out.add(new Token(Kind.NOT, "-"));
        i++;
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(text.charAt(end)) && "\"()".indexOf(
            text.charAt(end)) < 0) {
          end++;
        }
        out.add(wordToken(text.substring(i, end)));
        i = end;
      }
    }
    return out;
  }

  private static boolean isWordStart(char c) {
    return !Character.isWhitespace(c) && c != '-' && c != '(' && c != ')';
  }

  private static Token wordToken(String typed) {
    // "bag*," is "bag*" followed by a comma, not a wildcard in the middle of a word.
    String w = typed;
    while (w.length() > 1 && ",.;:!?".indexOf(w.charAt(w.length() - 1)) >= 0) {
      w = w.substring(0, w.length() - 1);
    }
    switch (w) {
      case "AND", "&&" -> {
        return new Token(Kind.AND, w);
      }
      case "OR", "||" -> {
        return new Token(Kind.OR, w);
      }
      case "NOT" -> {
        return new Token(Kind.NOT, w);
      }
      default -> {
      }
    }
    int star = w.indexOf('*');
    if (star < 0) {
      return new Token(Kind.WORD, w);
    }
    if (w.chars().allMatch(ch -> ch == '*' || ch == '?')) {
      throw new QueryException("A lone * is not a search; type a word, or leave the box empty to"
          + " see every sentence.");
    }
    if (star == 0) {
      throw new QueryException("A word cannot start with * (" + QueryException.echo(w)
          + "); put the * at the end, as in bag*.");
    }
    if (star != w.length() - 1) {
      throw new QueryException("A * can only end a word (" + QueryException.echo(w)
          + "), as in bag*.");
    }
    return new Token(Kind.PREFIX, w.substring(0, star));
  }

  // ---------------------------------------------------------------- grammar

  /** or := and (OR and)* ; and := unary (AND? unary)* ; unary := NOT unary | primary. */
  private final class Parser {
    private final List<Token> tokens;
    private int pos;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    Node or(int depth) {
      List<Node> parts = new ArrayList<>();
      parts.add(and(depth));
      while (peek(Kind.OR)) {
        Token op = tokens.get(pos++);
        if (atEnd()) {
          throw new QueryException("'" + op.text + "' needs a word on both sides.");
        }
        parts.add(and(depth));
      }
      return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    Node and(int depth) {
      List<Node> parts = new ArrayList<>();
      parts.add(unary(depth));
      while (pos < tokens.size() && !peek(Kind.OR) && !peek(Kind.CLOSE)) {
        if (peek(Kind.AND)) {
          Token op = tokens.get(pos++);
          if (atEnd()) {
            throw new QueryException("'" + op.text + "' needs a word on both sides.");
          }
        }
        parts.add(unary(depth));
      }
      return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    Node unary(int depth) {
      if (peek(Kind.NOT)) {
        Token op = tokens.get(pos++);
        if (atEnd()) {
          throw new QueryException("'" + op.text + "' needs a word after it.");
        }
        return new Not(unary(depth));
      }
      return primary(depth);
    }

    Node primary(int depth) {
      if (pos >= tokens.size()) {
        throw new QueryException("The query ends where a word was expected.");
      }
      Token t = tokens.get(pos++);
      return switch (t.kind) {
        case WORD -> new Leaf(word(t.text));
        case PHRASE -> new Leaf(builder.createPhraseQuery(Schema.TEXT, t.text));
        case PREFIX -> new Leaf(prefix(t.text));
        case OPEN -> group(depth + 1);
        case CLOSE -> throw new QueryException(
            "The query has a closing parenthesis without an opening one.");
        case AND, OR -> throw new QueryException("'" + t.text + "' needs a word on both sides.");
        case NOT -> throw new IllegalStateException("NOT is handled by unary()");
      };
    }

    private Node group(int depth) {
      if (depth > MAX_DEPTH) {
        throw new QueryException("The query nests parentheses more than " + MAX_DEPTH
            + " deep.");
      }
      if (peek(Kind.CLOSE)) {
        throw new QueryException("The query has empty parentheses.");
      }
      Node inner = or(depth);
      if (!peek(Kind.CLOSE)) {
        throw new QueryException("The query has an opening parenthesis without a closing one.");
      }
      pos++;
      return inner;
    }

    private boolean peek(Kind kind) {
      return pos < tokens.size() && tokens.get(pos).kind == kind;
    }

    private boolean atEnd() {
      return pos >= tokens.size() || peek(Kind.CLOSE);
    }
  }

  /** A bare word; hyphenated or dotted words ("wi-fi", "e.g") are phrases of their parts. */
  private Query word(String w) {
    boolean compound = false;
    for (int i = 1; i < w.length() - 1; i++) {
      char c = w.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '\'') {
        compound = true;
        break;
      }
    }
    return compound ? builder.createPhraseQuery(Schema.TEXT, w)
        : builder.createBooleanQuery(Schema.TEXT, w, BooleanClause.Occur.MUST);
  }

  /**
   * Prefixes run on the index's surface forms (see {@link Analyzers}), lower-cased; the most
   * frequent terms bound the expansion whatever the prefix.
   */
  private Query prefix(String p) {
    String normal = analyzer.normalize(Schema.TEXT, p).utf8ToString();
    return new PrefixQuery(new Term(Schema.TEXT, normal),
        new FrequentTermsRewrite(MAX_EXPANSIONS, MAX_SCAN));
  }

  // ---------------------------------------------------------------- tree

  /** A parsed query; {@link #toQuery} returns null when only stop words were given. */
  private interface Node {
    Query toQuery();
  }

  private record Leaf(Query query) implements Node {
    public Query toQuery() {
      return query;
    }
  }

  private record Not(Node inner) implements Node {
    public Query toQuery() {
      Query q = inner.toQuery();
      if (q == null) {
        return null;
      }
      // A pure negation matches everything else.
      return new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
          .add(q, BooleanClause.Occur.MUST_NOT)
          .build();
    }
  }

  private record And(List<Node> parts) implements Node {
    public Query toQuery() {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      boolean positive = false;
      boolean any = false;
      for (Node part : parts) {
        if (part instanceof Not not) {
          Query q = not.inner().toQuery();
          if (q != null) {
            b.add(q, BooleanClause.Occur.MUST_NOT);
            any = true;
          }
        } else {
          Query q = part.toQuery();
          if (q != null) {
            b.add(q, BooleanClause.Occur.MUST);
            positive = true;
            any = true;
          }
        }
      }
      if (!any) {
        return null;
      }
      if (!positive) {
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      }
      return b.build();
    }
  }

  private record Or(List<Node> parts) implements Node {
    public Query toQuery() {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      boolean any = false;
      for (Node part : parts) {
        Query q = part.toQuery();
        if (q != null) {
          b.add(q, BooleanClause.Occur.SHOULD);
          any = true;
        }
      }
      return any ? b.build() : null;
    }
  }
}
