package org.mandate.cli;

import picocli.CommandLine.Option;

/** The option that lets an input file name files outside its own folder. */
final class InputOptions {
    @Option(names = "--allow-outside", description = "let a scenario's library: or an experiment's scenario: name a "
            + "path outside the file's own folder (refused by default)")
    boolean allowOutside;
}
