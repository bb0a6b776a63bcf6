package jp.tomoni.search;

import java.util.List;

/** A group of equivalent words as the administration page shows it. */
public record SynonymGroupView(long id, List<String> terms, boolean preset) {
}
