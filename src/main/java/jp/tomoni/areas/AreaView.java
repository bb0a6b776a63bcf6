package jp.tomoni.areas;

import org.jspecify.annotations.Nullable;

/**
 * An area as other modules see it.
 *
 * @param kind {@code WARD} (区) or {@code DISTRICT} (地区)
 * @param parentCode the ward a district lies in, if any
 */
public record AreaView(String code, String name, String nameKana, String kind, @Nullable String parentCode) {
}
