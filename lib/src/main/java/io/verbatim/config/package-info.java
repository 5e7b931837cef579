/**
 * The one configuration file: typed records, the documented defaults
 * ({@code verbatim-defaults.yaml}) and the loader that lays a user's file over them.
 */
package io.verbatim.config;
