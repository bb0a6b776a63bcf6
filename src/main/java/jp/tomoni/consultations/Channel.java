package jp.tomoni.consultations;

/** How a consultation reached the desk (窓口, 電話, メール, オンライン, 出張); labels {@code consultation.channel.*}. */
enum Channel {
	COUNTER, PHONE, EMAIL, ONLINE, OUTREACH
}
