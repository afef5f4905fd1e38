/** Placeholder. */
package org.mandate.core;
