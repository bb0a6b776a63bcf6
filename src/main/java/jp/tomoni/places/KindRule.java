package jp.tomoni.places;

import java.util.List;
import java.util.Map;

import jp.tomoni.imports.HeaderText;
import org.jspecify.annotations.Nullable;

/**
 * Which kind an imported place gets (decision 0029), first rule that gives one:
 * <ol>
 * <li>a list of one kind gives it (公園一覧 → 公園, 子育て施設一覧 → 子育て施設);</li>
 * <li>the list's kind column (種別, 施設分類, or the 備考 of the 24-column list, which 焼津市 fills with the kind)
 * naming a kind exactly, by its Japanese name or code;</li>
 * <li>a word of the table below in the name, else in the kind column (地域交流センター before 公民館: the centres of
 * 焼津市 are 公民館 by law, but residents know them by their name);</li>
 * <li>the kind chosen for the import ({@code --kind}, the upload form), by default その他.</li>
 * </ol>
 */
final class KindRule {

	private record Words(String kindCode, List<String> words) {
	}

	private static final List<Words> TABLE = List.of(
			new Words("support-centre", List.of("市民活動", "サポートセンター", "ボランティアセンター", "NPOセンター")),
			new Words("community-exchange", List.of("地域交流センター", "交流センター")),
			new Words("community-hall", List.of("公民館", "コミュニティセンター", "コミュニティーセンター", "集会所", "自治会館", "地区センター",
					"市民センター", "ふれあいセンター")),
			new Words("library", List.of("図書館", "図書室")),
			new Words("child-care", List.of("保育", "幼稚園", "こども園", "子ども館", "こども館", "児童", "子育て")),
			new Words("welfare", List.of("福祉", "老人", "高齢者", "障害者", "障がい者")),
			new Words("sports", List.of("体育館", "グラウンド", "グランド", "プール", "テニス", "競技場", "野球場", "相撲場", "トレーニング",
					"スポーツ", "武道館", "運動場")),
			new Words("culture", List.of("文化", "資料館", "科学館", "記念館", "博物館", "美術館", "ミュージアム", "ホール", "劇場")),
			new Words("park", List.of("公園", "緑地", "広場")),
			new Words("free-space", List.of("フリースペース", "居場所", "コワーキング")));

	private final Map<String, String> codesByName;

	private final String defaultKind;

	/**
	 * @param codesByName the kinds' codes by normalised name and by code ({@link HeaderText#normalise})
	 * @param defaultKind the kind when no rule gives one
	 */
	KindRule(Map<String, String> codesByName, String defaultKind) {
		this.codesByName = codesByName;
		this.defaultKind = defaultKind;
	}

	String kindOf(PlaceImportFormat format, String name, @Nullable String kindText) {
		if (format.kindCode() != null) {
			return format.kindCode();
		}
		if (kindText != null) {
			String exact = codesByName.get(HeaderText.normalise(kindText));
			if (exact != null) {
				return exact;
			}
		}
		String byName = byWords(name);
		if (byName != null) {
			return byName;
		}
		String byKind = kindText == null ? null : byWords(kindText);
		return byKind != null ? byKind : defaultKind;
	}

	private static @Nullable String byWords(String text) {
		for (Words words : TABLE) {
			for (String word : words.words()) {
				if (text.contains(word)) {
					return words.kindCode();
				}
			}
		}
		return null;
	}
}
