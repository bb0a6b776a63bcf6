package jp.tomoni.groups.imports;

import java.util.List;

import jp.tomoni.shared.JapaneseText;
import org.jspecify.annotations.Nullable;

/**
 * Which rows of a nationwide or prefectural list belong to the current municipality (decision 0017): the
 * municipality is the 所轄庁 (指定都市), or the 権限移譲先市町村, or the 主たる事務所の所在地 starts with its name
 * (after the prefecture's name, which addresses in the portal often omit) while the 所轄庁 is its prefecture. The
 * prefecture comes from the first two digits of the 全国地方公共団体コード, so 府中市 of 東京都 never takes the
 * corporations of 府中市 of 広島県.
 */
final class MunicipalityFilter {

	private static final List<String> PREFECTURES = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
			"茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
			"岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県",
			"広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県",
			"沖縄県");

	private final String name;

	private final String prefecture;

	MunicipalityFilter(String municipalityCode, String municipalityName) {
		this.name = JapaneseText.normalize(municipalityName);
		int prefectureCode = Integer.parseInt(municipalityCode.substring(0, 2));
		this.prefecture = prefectureCode >= 1 && prefectureCode <= 47 ? PREFECTURES.get(prefectureCode - 1) : "";
	}

	/** A row of the 内閣府 portal. */
	boolean portalRowBelongs(@Nullable String authority, @Nullable String delegatedTo, @Nullable String address) {
		if (name.equals(authority) || (delegatedTo != null && delegatedTo.contains(name))) {
			return true;
		}
		return address != null && inMunicipality(address)
				&& (authority == null || authority.equals(prefecture) || address.startsWith(prefecture));
	}

	/** A row of a prefecture's own list (東京都's: every row is in 東京都). */
	boolean prefecturalRowBelongs(String listPrefecture, @Nullable String address) {
		return listPrefecture.equals(prefecture) && address != null && inMunicipality(address);
	}

	private boolean inMunicipality(String address) {
		String local = address.startsWith(prefecture) ? address.substring(prefecture.length()) : address;
		return local.strip().startsWith(name);
	}
}
