/**
 * Notebooks for analysts, in Java: the {@code verbatim} Jupyter kernel (JJava's protocol and
 * kernel base, cells evaluated by JShell in the kernel's JVM, values shown as HTML tables and
 * PNG charts, errors as the cell line and one message) and the analyst's entry point over a run's
 * outputs: {@link io.verbatim.notebook.Verbatim#open()} gives a {@link io.verbatim.notebook.Run}
 * with each table as a Spark Dataset and as lib records; {@link io.verbatim.notebook.Changes}
 * compares two windows or two runs with the digest's test; {@link io.verbatim.notebook.Tuning}
 * re-ranks ideas with other weights and tries a taxonomy entry. The statistics, ranking and
 * taxonomy are lib's; this package only reads outputs, calls lib and presents.
 */
package io.verbatim.notebook;
