package jp.tomoni.shared;

/**
 * An entry of a simple master-data list (event categories, kinds of place) as the administrators' page shows it.
 *
 * @param uses how many records have this entry (a retired entry stays on them)
 */
public record MasterEntry(String code, String name, String nameEn, boolean retired, long uses) {
}
