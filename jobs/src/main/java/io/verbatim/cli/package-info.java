/**
 * The {@code verbatim} command line (picocli): {@code run}, {@code demo} and {@code generate}.
 * Commands parse flags into configuration overrides and call the jobs; user errors end in one
 * sentence on standard error and a non-zero exit, never a stack trace.
 */
package io.verbatim.cli;
