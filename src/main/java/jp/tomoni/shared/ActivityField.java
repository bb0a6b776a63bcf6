package jp.tomoni.shared;

import java.util.List;
import java.util.Optional;

/**
 * One of the 20 fields of activity of 特定非営利活動促進法 別表, in the law's order, with a stable code (never the
 * 号 number alone, which changed between amendments), the official wording and the short label portals use. The
 * label shown on pages comes from the message bundle ({@link #messageKey()}).
 *
 * @param code two digits, 01 to 20, in the order of the 2011 amendment (in force 2012-04-01)
 * @param officialName the wording of the 別表
 * @param shortName the short label
 */
public record ActivityField(String code, String officialName, String shortName) {

	public static final List<ActivityField> ALL = List.of(
			new ActivityField("01", "保健、医療又は福祉の増進を図る活動", "保健・医療・福祉"),
			new ActivityField("02", "社会教育の推進を図る活動", "社会教育"),
			new ActivityField("03", "まちづくりの推進を図る活動", "まちづくり"),
			new ActivityField("04", "観光の振興を図る活動", "観光"),
			new ActivityField("05", "農山漁村又は中山間地域の振興を図る活動", "農山漁村・中山間地域"),
			new ActivityField("06", "学術、文化、芸術又はスポーツの振興を図る活動", "学術・文化・芸術・スポーツ"),
			new ActivityField("07", "環境の保全を図る活動", "環境の保全"),
			new ActivityField("08", "災害救援活動", "災害救援"),
			new ActivityField("09", "地域安全活動", "地域安全"),
			new ActivityField("10", "人権の擁護又は平和の推進を図る活動", "人権の擁護・平和"),
			new ActivityField("11", "国際協力の活動", "国際協力"),
			new ActivityField("12", "男女共同参画社会の形成の促進を図る活動", "男女共同参画"),
			new ActivityField("13", "子どもの健全育成を図る活動", "子どもの健全育成"),
			new ActivityField("14", "情報化社会の発展を図る活動", "情報化社会"),
			new ActivityField("15", "科学技術の振興を図る活動", "科学技術"),
			new ActivityField("16", "経済活動の活性化を図る活動", "経済活動の活性化"),
			new ActivityField("17", "職業能力の開発又は雇用機会の拡充を支援する活動", "職業能力・雇用機会"),
			new ActivityField("18", "消費者の保護を図る活動", "消費者の保護"),
			new ActivityField("19", "前各号に掲げる活動を行う団体の運営又は活動に関する連絡、助言又は援助の活動", "NPO支援"),
			new ActivityField("20", "前各号に掲げる活動に準ずる活動として都道府県又は指定都市の条例で定める活動", "条例で定める活動"));

	public static Optional<ActivityField> of(String code) {
		return ALL.stream().filter(field -> field.code().equals(code)).findFirst();
	}

	public static boolean isKnown(String code) {
		return of(code).isPresent();
	}

	public String messageKey() {
		return "activityField." + code;
	}
}
