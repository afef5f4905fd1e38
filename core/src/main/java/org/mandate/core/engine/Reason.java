package org.mandate.core.engine;

/**
 * One reason behind an outcome.
 *
 * @param mechanism the mechanism or stage id
 * @param actor     the actor it concerns, or null
 * @param text      the reason in words
 * @param memo      the memo section that supports it
 */
public record Reason(String mechanism, String actor, String text, String memo) {
}
