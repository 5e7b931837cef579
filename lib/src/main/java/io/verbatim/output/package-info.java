/**
 * What a run leaves behind besides its tables: the provenance manifest (versions, effective
 * configuration, inputs, reconciled counts, seconds per stage) in the spirit of Tribuo's
 * provenance, and the stage timer that feeds it.
 */
package io.verbatim.output;
