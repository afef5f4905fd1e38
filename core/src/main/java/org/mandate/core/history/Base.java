package org.mandate.core.history;

import java.time.LocalDate;

/**
 * A base of an outside power in a host state as one history run follows it. Mutable: it belongs to one run.
 */
public final class Base {
    private final String id;
    private final int host;
    private final int power;
    private final LocalDate opened;
    private LocalDate closed;
    private double rent;
    private LocalDate noticeOn;
    private LocalDate renegotiateOn;
    private String demand;

    Base(String id, int host, int power, LocalDate opened, double rent) {
        this.id = id;
        this.host = host;
        this.power = power;
        this.opened = opened;
        this.rent = rent;
    }

    /** Its id. */
    public String id() {
        return id;
    }

    /** The host's state index. */
    public int host() {
        return host;
    }

    /** The power's index among the powers. */
    public int power() {
        return power;
    }

    /** The day it opened. */
    public LocalDate opened() {
        return opened;
    }

    /** The day it closed, or null while open. */
    public LocalDate closed() {
        return closed;
    }

    /** Whether it is open. */
    public boolean open() {
        return closed == null;
    }

    /** Closes it on the day. */
    public void close(LocalDate day) {
        closed = day;
    }

    /** The annual rent, USD million. */
    public double rent() {
        return rent;
    }

    /** Sets the annual rent. */
    public void rent(double usdMillion) {
        rent = usdMillion;
    }

    /** The day the host gave notice, or null. */
    public LocalDate noticeOn() {
        return noticeOn;
    }

    /** Records or clears the host's notice. */
    public void noticeOn(LocalDate day) {
        noticeOn = day;
    }

    /** The id of the basing demand it serves, or null for a base held for its own sake. */
    public String demand() {
        return demand;
    }

    /** Records the basing demand it serves. */
    public void demand(String driverId) {
        demand = driverId;
    }

    /** The day a new host government renegotiates its terms, or null. */
    public LocalDate renegotiateOn() {
        return renegotiateOn;
    }

    /** Schedules or clears a renegotiation. */
    public void renegotiateOn(LocalDate day) {
        renegotiateOn = day;
    }
}
