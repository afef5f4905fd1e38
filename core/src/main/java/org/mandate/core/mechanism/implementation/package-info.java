/**
 * Implementation over time (mechanism 9): what a decided response becomes on the ground by the day it is judged,
 * through stalling, downsizing and deployment (memo, section 'OSCE: From Helsinki to Osh (and Back Again)').
 */
package org.mandate.core.mechanism.implementation;
