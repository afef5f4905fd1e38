package org.mandate.core.model;

import java.time.LocalDate;

/**
 * A request in a crisis: who asked which organization for what, and when.
 *
 * @param from  the requesting state
 * @param to    the organization asked (or, when a state was asked, the organization it was asked to act through)
 * @param level the level asked for
 * @param date  the day of the request
 * @param size  the number of personnel asked for, or 0 when not stated
 */
public record Request(String from, String to, ResponseLevel level, LocalDate date, int size) {
}
