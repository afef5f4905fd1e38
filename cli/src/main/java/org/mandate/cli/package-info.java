/**
 * The command line: one picocli class per subcommand. Commands return exit codes (0 ok, 1 internal error, 2 bad
 * input) rather than exiting; only {@link org.mandate.cli.Main#main} exits.
 */
package org.mandate.cli;
