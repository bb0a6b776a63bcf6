package jp.tomoni.matching;

/** Who acts: the signed-in person, and whether they are coordinators or city staff (who see and mediate every post). */
record Actor(long accountId, String displayName, boolean staff) {
}
