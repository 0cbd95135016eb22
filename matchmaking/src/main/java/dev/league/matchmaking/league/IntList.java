package dev.league.matchmaking.league;

import java.io.Serializable;
import java.util.Arrays;

/** A growable list of player indices, for the allocation-free sampling paths. */
final class IntList implements Serializable {

    private static final long serialVersionUID = 1L;

    private int[] values = new int[8];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int position) {
        if (position >= size) {
            throw new IndexOutOfBoundsException(position + " of " + size);
        }
        return values[position];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The backing array; only the first {@link #size()} entries are valid. */
    int[] array() {
        return values;
    }
}
