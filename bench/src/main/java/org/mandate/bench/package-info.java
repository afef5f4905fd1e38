/** Placeholder. */
package org.mandate.bench;
