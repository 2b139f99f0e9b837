package eu.goodpractice.transfer.shared;

import java.util.List;

/** One page of a longer list: the items from {@code start}, at most {@code limit} of them, out of {@code total}. */
public record Page<T>(List<T> items, int start, int limit, int total) {
    public Page {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }
}
