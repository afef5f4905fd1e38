/**
 * Output folders: each says in its {@code manifest.json} whether it is complete and what produced it (command,
 * arguments, input files with their SHA-256, seed, version), and nothing in one is replaced without the user's
 * {@code --overwrite}.
 *
 * <p>Lifecycle: {@link org.mandate.analysis.output.OutputFolder#prepare} refuses a folder that holds earlier output,
 * or with overwrite deletes exactly the files the command writes, and records the manifest as {@code partial}
 * before any file is written; {@link org.mandate.analysis.output.OutputFolder#complete} records it as
 * {@code complete} with the list of files once every one is written. A folder whose manifest says {@code partial}
 * was interrupted or failed.
 */
package org.mandate.analysis.output;
