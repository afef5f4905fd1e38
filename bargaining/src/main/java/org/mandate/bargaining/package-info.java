/** Placeholder. */
package org.mandate.bargaining;
