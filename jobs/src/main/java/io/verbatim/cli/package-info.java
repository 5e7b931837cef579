/**
 * The {@code verbatim} command line (picocli): {@code run}, {@code demo}, {@code generate},
 * {@code index}, {@code search}, {@code serve}, {@code nightly}, {@code digest}, {@code cluster},
 * {@code schema} and {@code kernel} (the Jupyter kernel of {@code io.verbatim.notebook}). Commands
 * parse flags into configuration overrides and call the jobs; failures end in one sentence on
 * standard error and a documented exit code, never a stack trace.
 */
package io.verbatim.cli;
