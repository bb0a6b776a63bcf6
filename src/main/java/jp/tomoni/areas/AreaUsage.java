package jp.tomoni.areas;

/**
 * How many records of another module name an area: implemented by the modules that refer to areas (the group
 * directory), asked before an area is deleted. Keeps this module free of a dependency on them.
 */
public interface AreaUsage {

	/** How many records of the current municipality name this area. */
	long countUsing(String areaCode);
}
