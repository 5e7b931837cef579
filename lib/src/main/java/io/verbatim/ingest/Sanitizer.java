package io.verbatim.ingest;

import io.verbatim.clean.LanguageIdentifier;
import io.verbatim.clean.TextCleaner;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.model.Comment;
import io.verbatim.model.Reject;
import io.verbatim.privacy.Redaction;
import io.verbatim.privacy.Redactor;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last step of ingest, before anything is kept: cleans each comment's text (markup,
 * entities, control characters), redacts personal data from it, from its metadata and from
 * rejected records, and tags its language. Whatever leaves ingest is safe to write anywhere.
 */
public final class Sanitizer implements Serializable {

  private final TextCleaner cleaner = TextCleaner.defaults();
  private final Redactor shown;
  /** Redacts without a placeholder: "[PHONE]" in the analysed text would read as a noun. */
  private final Redactor analysed;
  private final boolean redactMetadata;
  private final boolean detectLanguage;

  public Sanitizer(VerbatimConfig config) {
    VerbatimConfig.Privacy p = config.privacy();
    this.shown = Redactor.of(p.redact(), p.replacement(), p.phoneRegions());
    this.analysed = Redactor.of(p.redact(), "", p.phoneRegions());
    this.redactMetadata = p.redactMetadata();
    this.detectLanguage = config.language().detect();
  }

  public IngestResult apply(IngestResult r) {
    if (r instanceof IngestResult.Rejected rejected) {
      Reject j = rejected.reject();
      return new IngestResult.Rejected(new Reject(j.raw() == null ? null : shown.redactText(j.raw()),
          j.source(), j.position(), shown.redactText(j.reason())));
    }
    Comment c = ((IngestResult.Accepted) r).comment();
    TextCleaner.Cleaned cleaned = cleaner.clean(c.text());
    if (cleaned.displayText().isBlank()) {
      return new IngestResult.Rejected(new Reject(shown.redactText(c.text()), c.source(),
          c.position(), "empty text once markup is removed"));
    }
    Redaction text = shown.redact(cleaned.displayText());
    String analysisText = analysed.redactText(cleaned.analysisText());
    List<String> flags = new ArrayList<>();
    cleaned.flags().forEach(f -> flags.add(f.name().toLowerCase(Locale.ROOT)));
    text.counts().forEach((category, n) -> {
      if (n > 0) {
        flags.add("redacted_" + category.name().toLowerCase(Locale.ROOT));
      }
    });
    Map<String, String> metadata = c.metadata();
    if (redactMetadata) {
      metadata = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : c.metadata().entrySet()) {
        metadata.put(e.getKey(), shown.redactText(e.getValue()));
      }
    }
    String language = detectLanguage ? LanguageIdentifier.get().detect(analysisText)
        : Comment.UNDETERMINED;
    return new IngestResult.Accepted(c.cleaned(text.text(), analysisText, metadata, language,
        flags));
  }
}
