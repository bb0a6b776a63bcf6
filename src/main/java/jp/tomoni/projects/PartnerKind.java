package jp.tomoni.projects;

/**
 * Who a partner of a project is (decision 0064): a group of the directory, or a party outside it — a business (whose
 * choice must be explained: Fuchu 第4章5), a university, a school, or another party. Fixed in code, since the fairness
 * rule depends on it.
 */
public enum PartnerKind {

	GROUP, BUSINESS, UNIVERSITY, SCHOOL, OTHER;

	/** The kinds of an outside party (not in the directory). */
	public static final java.util.List<PartnerKind> OUTSIDE = java.util.List.of(BUSINESS, UNIVERSITY, SCHOOL, OTHER);

	/** Whether the reason the partner was chosen must be given. */
	public boolean reasonRequired() {
		return this == BUSINESS;
	}

	public String messageKey() {
		return "project.partnerKind." + name();
	}
}
