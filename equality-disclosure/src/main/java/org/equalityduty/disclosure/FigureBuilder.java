package org.equalityduty.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds one derived figure of a {@link Publication}: what it depends on, which counts it reveals and its
 * denominator. Obtained from {@link Publication.Builder#figure}; not thread-safe.
 *
 * @since 0.2.0
 */
public final class FigureBuilder {
    private final Publication.Builder owner;
    private final String id;
    private final FigureKind kind;
    private final String text;
    private final List<Integer> dependsOn = new ArrayList<>();
    private final List<Integer> reveals = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();
    private int denominator = -1;

    FigureBuilder(Publication.Builder owner, String id, FigureKind kind, String text) {
        this.owner = owner;
        this.id = id;
        this.kind = kind;
        this.text = text;
    }

    /**
     * Sets the denominator: the number of people the figure is about. The figure is withheld when it is below
     * the rules' minimum, and depends on it.
     *
     * @param cell  the denominator's cell, not null
     * @return this builder
     * @since 0.2.0
     */
    public FigureBuilder denominator(CellRef cell) {
        denominator = owner.quantity(cell);
        dependsOn.add(denominator);
        return this;
    }

    /**
     * Adds counts the figure depends on: if any is hidden, the figure is withheld.
     *
     * @param cells  the cells, not null
     * @return this builder
     * @since 0.2.0
     */
    public FigureBuilder dependsOn(CellRef... cells) {
        for (CellRef c : Objects.requireNonNull(cells, "cells")) {
            dependsOn.add(owner.quantity(c));
        }
        return this;
    }

    /**
     * Adds counts the figure reveals together with its denominator (a percentage's numerator): they depend on
     * the figure as it depends on them, and they become primary suppressions when the figure is withheld for a
     * small denominator, so it cannot be recomputed.
     *
     * @param cells  the cells, not null
     * @return this builder
     * @since 0.2.0
     */
    public FigureBuilder reveals(CellRef... cells) {
        for (CellRef c : Objects.requireNonNull(cells, "cells")) {
            int q = owner.quantity(c);
            reveals.add(q);
            dependsOn.add(q);
        }
        return this;
    }

    /**
     * Adds figures this one depends on (a rank depends on the figures ranked); each must have been added before.
     *
     * @param ids  the figures' ids, not null
     * @return this builder
     * @since 0.2.0
     */
    public FigureBuilder dependsOnFigures(String... ids) {
        for (String f : Objects.requireNonNull(ids, "ids")) {
            figures.add(Objects.requireNonNull(f, "ids"));
        }
        return this;
    }

    /**
     * Adds the figure to the publication.
     *
     * @return the publication builder
     * @throws DisclosureInputException if it depends on nothing, or on a figure not yet added
     * @since 0.2.0
     */
    public Publication.Builder add() {
        if (dependsOn.isEmpty() && figures.isEmpty()) {
            throw new DisclosureInputException("figure '" + id + "' must depend on at least one count or figure");
        }
        return owner.addFigure(new Publication.FigureDef(id, kind, text, false, denominator,
                dependsOn.stream().mapToInt(Integer::intValue).toArray(),
                reveals.stream().mapToInt(Integer::intValue).toArray(), figures));
    }
}
