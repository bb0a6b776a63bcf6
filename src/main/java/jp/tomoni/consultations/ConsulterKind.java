package jp.tomoni.consultations;

/** Who consulted: a resident, a kind of group, a business, a school or a department; labels {@code consultation.consulter.*}. */
enum ConsulterKind {
	RESIDENT, CIVIC_GROUP, NPO, NEIGHBOURHOOD, BUSINESS, SCHOOL, DEPARTMENT, OTHER
}
