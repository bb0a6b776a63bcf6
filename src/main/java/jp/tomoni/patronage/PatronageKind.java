package jp.tomoni.patronage;

/** What the group asks for: the city's name as supporter (後援) or as co-organiser (共催). */
public enum PatronageKind {

	PATRONAGE, CO_HOSTING;

	public String messageKey() {
		return "patronage.kind." + name();
	}
}
