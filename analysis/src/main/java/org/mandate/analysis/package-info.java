/** Placeholder. */
package org.mandate.analysis;
