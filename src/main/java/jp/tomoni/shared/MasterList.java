package jp.tomoni.shared;

import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.regex.Pattern;

/**
 * A simple master-data list kept by administrators (docs/decisions/0049): entries with a fixed code, a Japanese and
 * an English name, an order, and a retired flag. Entries are never deleted, since records refer to them by code;
 * a retired entry stays on its records and is no longer offered. The module that owns the list implements it (and
 * audits each change); {@link MasterListController} is the page. Refusals are {@link RuleViolation}s.
 */
public interface MasterList {

	/** Lower-case letters, digits and hyphens, starting with a letter or digit: it appears in addresses. */
	Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

	/** Longest name, in characters (the columns hold 100). */
	int MAX_NAME = 100;

	/** Every entry, in its order. */
	List<MasterEntry> entries();

	/** Adds an entry at the end. */
	void add(String code, String name, String nameEn);

	void rename(String code, String name, String nameEn);

	/** Swaps the entry with its neighbour above ({@code up}) or below; nothing at either end. */
	void move(String code, boolean up);

	/** Retires the entry or brings it back; the last entry in use is never retired. */
	void retire(String code, boolean retired);

	/**
	 * The checks every list makes on a new entry: code format, code free, both names given and not too long.
	 *
	 * @throws RuleViolation naming {@code code}, {@code name} or {@code nameEn}
	 */
	static void checkNew(String code, boolean taken, String name, String nameEn) {
		if (!CODE.matcher(code).matches()) {
			throw new RuleViolation("code", "masterList.code.invalid");
		}
		if (taken) {
			throw new RuleViolation("code", "masterList.code.taken", code);
		}
		checkNames(name, nameEn);
	}

	/** @throws RuleViolation naming {@code name} or {@code nameEn} when one is missing or too long */
	static void checkNames(String name, String nameEn) {
		if (name.isBlank()) {
			throw new RuleViolation("name", "masterList.name.required");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new RuleViolation("name", "masterList.name.tooLong", MAX_NAME);
		}
		if (nameEn.isBlank()) {
			throw new RuleViolation("nameEn", "masterList.nameEn.required");
		}
		if (nameEn.strip().length() > MAX_NAME) {
			throw new RuleViolation("nameEn", "masterList.nameEn.tooLong", MAX_NAME);
		}
	}

	/**
	 * Numbers the entries 10, 20, … in their order with the one at {@code index} swapped with its neighbour above
	 * ({@code up}) or below.
	 *
	 * @return whether it moved (not at either end)
	 */
	static <T> boolean swap(List<T> ordered, int index, boolean up, ObjIntConsumer<T> order) {
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= ordered.size()) {
			return false;
		}
		for (int i = 0; i < ordered.size(); i++) {
			int position = i == index ? other : i == other ? index : i;
			order.accept(ordered.get(i), (position + 1) * 10);
		}
		return true;
	}

	/** @throws RuleViolation when retiring would leave no entry to choose ({@code inUse}: entries not retired) */
	static void checkRetire(boolean alreadyRetired, long inUse) {
		if (!alreadyRetired && inUse <= 1) {
			throw new RuleViolation("code", "masterList.lastInUse");
		}
	}

	/** No entry with this code: a 404. */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	class EntryNotFound extends RuntimeException {

		public EntryNotFound(String code) {
			super("master-data entry " + code);
		}
	}
}
