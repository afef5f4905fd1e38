/**
 * Scenario and library loading: the only package that sees the YAML library.
 *
 * <p>Loading is safe (no YAML tag constructs anything, aliases are limited, files over
 * {@link org.mandate.core.scenario.YamlDocument#MAX_BYTES} are refused) and collects every problem before it fails:
 * each {@link org.mandate.core.scenario.Problem} names the file, line and column, the field path, the bad value and
 * what was expected. Files are first checked against their JSON Schema ({@code docs/scenario.schema.json},
 * {@code docs/library.schema.json}), then for references between ids and the order of dates.
 */
package org.mandate.core.scenario;
