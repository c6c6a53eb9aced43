package org.equalityduty.paygap;

import java.util.Objects;

/**
 * The number of men and of women in one quartile pay band, after the tied-rate rule of reg 13(2).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class QuartileBand {
    private final String name;
    private final long men;
    private final long women;

    QuartileBand(String name, long men, long women) {
        this.name = name;
        this.men = men;
        this.women = women;
    }

    /**
     * Gets the band's name: {@code Lower}, {@code LowerMiddle}, {@code UpperMiddle} or {@code Top}.
     *
     * @return the name, not null
     * @since 0.2.0
     */
    public String getName() {
        return name;
    }

    /**
     * Gets the number of men in the band.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getMen() {
        return men;
    }

    /**
     * Gets the number of women in the band.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getWomen() {
        return women;
    }

    /**
     * Gets the number of employees in the band.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getSize() {
        return men + women;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuartileBand b && name.equals(b.name) && men == b.men && women == b.women;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, men, women);
    }

    @Override
    public String toString() {
        return name + ": " + men + " men, " + women + " women";
    }
}
