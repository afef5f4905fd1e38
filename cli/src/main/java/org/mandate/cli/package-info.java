/** Placeholder. */
package org.mandate.cli;
