package io.verbatim.jobs;

import io.verbatim.model.Idea;
import io.verbatim.output.Manifest;
import java.util.List;

/** What a finished run reports back: its manifest and the ranked ideas. */
public record RunSummary(Manifest manifest, List<Idea> ideas) {
}
