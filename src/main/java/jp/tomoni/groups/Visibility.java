package jp.tomoni.groups;

/** Who may see a contact detail of a group. */
public enum Visibility {
	/** Everyone, including visitors and the public API. */
	PUBLIC,
	/** Signed-in people. */
	SIGNED_IN,
	/** Coordinators, city staff, administrators and the group's own administrators. */
	STAFF
}
