package io.verbatim.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The English analysis of sentence text, at index time and at query time.
 *
 * <p>Index: standard tokenizer, possessives dropped, lower case, stop words removed, then every
 * word indexed twice at the same position, as written and stemmed (Porter). The stem makes "bags"
 * find "bag"; the surface form makes prefix queries work on what people typed ("delayed*" must
 * find "delayed", whose stem is "delay"). Offsets are kept (see {@link IndexBuilder}) so the
 * highlighter marks the words as written.
 *
 * <p>Query: the same chain with the stem only, then synonyms. Synonyms are applied at query time
 * only: editing the file needs no rebuild, and multi-word synonyms ("seat pitch, legroom") stay
 * correct, which index-time synonym graphs cannot promise.
 *
 * <p>"no" and "not" are kept although Lucene's English list drops them: in feedback they carry the
 * meaning ("not helpful" must not be a search for "helpful").
 */
final class Analyzers {

  static final CharArraySet STOP_WORDS = stopWords();

  /** Classpath location of the synonyms shipped with Verbatim ({@code index.synonyms: default}). */
  static final String DEFAULT_SYNONYMS = "/io/verbatim/index/synonyms.txt";

  private Analyzers() {
  }

  /** What the sentence text is indexed with. */
  static Analyzer index() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new KeywordRepeatFilter(base(source));
        stream = new PorterStemFilter(stream);
        // A word whose stem is itself would otherwise be indexed twice at one position.
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /** What queries are analysed with: stems, then synonyms (built from stems, so they meet). */
  static Analyzer query(SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new PorterStemFilter(base(source));
        if (synonyms.fst != null) {
          stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /**
   * Loads {@code index.synonyms}: {@code default} (the shipped list), {@code none}, or a path to
   * a Solr-format file. A file Verbatim cannot use fails here, naming the file and line, rather
   * than silently searching without it.
   *
   * @throws IllegalArgumentException for a missing or broken file
   */
  static SynonymMap synonyms(String setting) {
    String source = setting == null || setting.isBlank() ? "default" : setting.trim();
    if (source.equals("none")) {
      return empty();
    }
    try {
      if (source.equals("default")) {
        try (InputStream in = Analyzers.class.getResourceAsStream(DEFAULT_SYNONYMS)) {
          if (in == null) {
            throw new IllegalStateException("the default synonyms " + DEFAULT_SYNONYMS
                + " are missing from the classpath");
          }
          return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "default synonyms");
        }
      }
      Path file = Path.of(source);
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("Synonyms file " + source + " does not exist.", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read synonyms file " + source + ": " + e.getMessage(),
          e);
    }
  }

  static SynonymMap parse(String text, String name) throws IOException {
    checkNoStopWords(text, name);
    // The parser analyses each entry with the query chain up to the stemmer, so "luggage" in the
    // file meets "luggage" (stemmed) in a query.
    Analyzer entries = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new PorterStemFilter(base(source)));
      }
    };
    SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
    try (Reader reader = new StringReader(text)) {
      parser.parse(reader);
      return parser.build();
    } catch (java.text.ParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Synonyms file " + name + " cannot be read near line "
          + lineOf(e) + ": " + rootMessage(e), e);
    }
  }

  private static TokenStream base(Tokenizer source) {
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    return new StopFilter(stream, STOP_WORDS);
  }

  /**
   * A stop word inside an entry ("on time") can never match, since it is not indexed, and makes
   * the synonym parser fail with an obscure message; say which entry and word instead.
   */
  private static void checkNoStopWords(String text, String name) throws IOException {
    String[] lines = text.split("\r?\n", -1);
    try (Analyzer words = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source,
            new LowerCaseFilter(new EnglishPossessiveFilter(source)));
      }
    }) {
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        for (String entry : line.split("=>|,")) {
          for (String word : tokens(words, entry)) {
            if (STOP_WORDS.contains(word)) {
              throw new IllegalArgumentException("Synonyms file " + name + ", line " + (i + 1)
                  + ": '" + entry.strip() + "' contains the common word '" + word
                  + "', which search ignores; write the entry without it.");
            }
          }
        }
      }
    }
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }

  private static SynonymMap empty() {
    try {
      return new SynonymMap.Builder().build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lineOf(Exception e) {
    return e instanceof java.text.ParseException p ? Integer.toString(p.getErrorOffset()) : "?";
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Lucene's English stop words without "no" and "not" (see the class comment). */
  private static CharArraySet stopWords() {
    return CharArraySet.unmodifiableSet(new CharArraySet(List.of("a", "an", "and", "are", "as",
        "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "of", "on", "or", "such",
        "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will",
        "with"), false));
  }
}
