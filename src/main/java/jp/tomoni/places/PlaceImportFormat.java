package jp.tomoni.places;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The lists of places an import reads (docs/place-import.md, decision 0029).
 *
 * @param id the name on the command line and in reports
 * @param family the part of a place's source that names the list's numbering: lists of one family share their
 *        NO / ID (the 24-column 推奨データセット and the current 自治体標準オープンデータセット 公共施設一覧)
 * @param kindCode the kind of every place of a list of one kind, else {@code null}
 */
enum PlaceImportFormat {

	/** 子育て施設一覧 (推奨データセット, 28 columns): 種別, 収容定員, 受入年齢 … */
	CHILD_CARE("child-care", "child-care", "child-care"),
	/** 公共施設一覧, 推奨データセット (24 columns): 都道府県コード又は市区町村コード, NO, … 備考. */
	PUBLIC_FACILITIES("public-facilities", "public-facilities", null),
	/** 公共施設一覧, 自治体標準オープンデータセット: 全国地方公共団体コード, ID, 所在地_連結表記 … (and Tomoni's export). */
	STANDARD("standard", "public-facilities", null),
	/** 公園一覧 (焼津市): ID, 公園名, 住所(番地まで), 緯度, 経度, 面積 … */
	PARKS("parks", "parks", "park");

	private final String id;

	private final String family;

	private final @Nullable String kindCode;

	PlaceImportFormat(String id, String family, @Nullable String kindCode) {
		this.id = id;
		this.family = family;
		this.kindCode = kindCode;
	}

	String id() {
		return id;
	}

	String family() {
		return family;
	}

	@Nullable String kindCode() {
		return kindCode;
	}

	static Optional<PlaceImportFormat> fromId(String id) {
		return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst();
	}
}
